<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AnnotationModel</name>
    <message>
        <location filename="../../ui/annotations/table.py" line="46" />
        <source>标签</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/table.py" line="47" />
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/table.py" line="48" />
        <source>所在章节</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/table.py" line="49" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/table.py" line="50" />
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/table.py" line="51" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>AnnotationTable</name>
    <message>
        <location filename="../../ui/annotations/table.py" line="240" />
        <source>按标签筛选：</source>
        <translation>Filter by tag:</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/table.py" line="266" />
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/table.py" line="298" />
        <source>共 {0} 处标注</source>
        <translation>{0} annotations</translation>
    </message>
    <message>
        <location filename="../../ui/annotations/table.py" line="300" />
        <source>显示 {0} / 共 {1} 处标注</source>
        <translation>Showing {0} of {1} annotations</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <location filename="../../ui/document_view/annotator.py" line="67" />
        <source>没有设置快捷键 {0} 的标签。</source>
        <translation>No tag has the shortcut key {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/document_view/annotator.py" line="74" />
        <source>请先打开一篇文档。</source>
        <translation>Open a document first.</translation>
    </message>
    <message>
        <location filename="../../ui/document_view/annotator.py" line="77" />
        <source>原文视图为只读，请切换回整理后的文本再标注。</source>
        <translation>The original text is read-only; switch back to the cleaned text to annotate.</translation>
    </message>
    <message>
        <location filename="../../ui/document_view/annotator.py" line="88" />
        <source>请先选中要标注的文字，或点击一处标注。</source>
        <translation>Select some text to annotate, or click an annotation first.</translation>
    </message>
    <message>
        <location filename="../../ui/document_view/annotator.py" line="98" />
        <source>不能标注空白内容，请选中文字。</source>
        <translation>Blank text cannot be annotated; please select some words.</translation>
    </message>
    <message>
        <location filename="../../ui/document_view/annotator.py" line="109" />
        <source>已标注为“{0}”：{1}</source>
        <translation>Tagged as “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/document_view/annotator.py" line="127" />
        <source>标注为</source>
        <translation>Tag as</translation>
    </message>
    <message>
        <location filename="../../ui/document_view/annotator.py" line="127" />
        <source>标签：</source>
        <translation>Tag:</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../ui/document_view/menu.py" line="59" />
        <source>疑似乱码：</source>
        <translation>Possibly garbled: </translation>
    </message>
    <message>
        <location filename="../../ui/document_view/menu.py" line="61" />
        <source>建议修复：</source>
        <translation>Proposed repair: </translation>
    </message>
    <message>
        <location filename="../../ui/document_view/menu.py" line="28" />
        <source>更改标签为</source>
        <translation>Change tag to</translation>
    </message>
    <message>
        <location filename="../../ui/document_view/menu.py" line="30" />
        <source>标注为</source>
        <translation>Tag as</translation>
    </message>
    <message>
        <location filename="../../ui/document_view/menu.py" line="41" />
        <source>编辑备注…</source>
        <translation>Edit Note…</translation>
    </message>
    <message>
        <location filename="../../ui/document_view/menu.py" line="43" />
        <source>删除标注</source>
        <translation>Delete Annotation</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <location filename="../../ui/info/panel.py" line="36" />
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/info/panel.py" line="37" />
        <source>发布机构</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../ui/info/panel.py" line="38" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/info/panel.py" line="39" />
        <source>文号</source>
        <translation>Doc. number</translation>
    </message>
    <message>
        <location filename="../../ui/info/panel.py" line="40" />
        <source>索引号</source>
        <translation>Index number</translation>
    </message>
    <message>
        <location filename="../../ui/info/panel.py" line="41" />
        <source>字形</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../../ui/info/panel.py" line="42" />
        <source>来源文件</source>
        <translation>Source file</translation>
    </message>
    <message>
        <location filename="../../ui/info/panel.py" line="49" />
        <source>待核对的疑似乱码</source>
        <translation>Possibly garbled text to check</translation>
    </message>
    <message>
        <location filename="../../ui/info/panel.py" line="55" />
        <source>本文档的备忘（自动保存）</source>
        <translation>Memo for this document (saved automatically)</translation>
    </message>
    <message>
        <location filename="../../ui/info/panel.py" line="67" />
        <source>备忘</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../ui/info/panel.py" line="89" />
        <source>繁体（已转为简体显示）</source>
        <translation>Traditional (shown as simplified)</translation>
    </message>
    <message>
        <location filename="../../ui/info/panel.py" line="89" />
        <source>简体</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <location filename="../../ui/info/panel.py" line="106" />
        <source>待核对的疑似乱码（{0} 处）</source>
        <translation>Possibly garbled text to check ({0})</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../ui/library/panel.py" line="27" />
        <source>筛选文档（标题、机构、日期）</source>
        <translation>Filter documents (title, issuer, date)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_actions.py" line="35" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="37" />
        <source>新建项目…</source>
        <translation>New Project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="40" />
        <source>打开项目…</source>
        <translation>Open Project…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="43" />
        <source>最近的项目</source>
        <translation>Recent Projects</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="46" />
        <source>导入报告…</source>
        <translation>Import Reports…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="49" />
        <source>导入文件夹…</source>
        <translation>Import Folder…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="52" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="58" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="60" />
        <location filename="../../ui/main_actions.py" line="124" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="63" />
        <location filename="../../ui/main_actions.py" line="132" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="70" />
        <source>标注为…</source>
        <translation>Tag As…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="73" />
        <source>编辑备注…</source>
        <translation>Edit Note…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="76" />
        <source>删除标注</source>
        <translation>Delete Annotation</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="82" />
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="85" />
        <source>显示原文</source>
        <translation>Show Original</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="94" />
        <source>恢复默认布局</source>
        <translation>Reset Layout</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="98" />
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="100" />
        <source>编辑标签…</source>
        <translation>Edit Tags…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="102" />
        <source>首选项…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="108" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="110" />
        <location filename="../../ui/main_actions.py" line="231" />
        <source>关于报告标注</source>
        <translation>About ReportMark</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="113" />
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="153" />
        <source>报告标注项目 (*{0});;所有文件 (*)</source>
        <translation>ReportMark projects (*{0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="159" />
        <location filename="../../ui/main_actions.py" line="170" />
        <source>新建项目</source>
        <translation>New Project</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="171" />
        <source>文件“{0}”已存在，请用“打开项目”。</source>
        <translation>The file “{0}” already exists; use Open Project instead.</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="179" />
        <source>打开项目</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="193" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="199" />
        <source>导入报告</source>
        <translation>Import Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="201" />
        <source>报告 (*.txt *.docx *.html *.htm *.pdf);;所有文件 (*)</source>
        <translation>Reports (*.txt *.docx *.html *.htm *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="208" />
        <source>导入文件夹中的报告</source>
        <translation>Import the Reports in a Folder</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="232" />
        <source>报告标注 ReportMark

阅读、标注、导出和比较政府工作报告。
选中文字后按数字键 1–9 即可标注；点击标注可更改标签、编辑备注或删除。</source>
        <translation>ReportMark (报告标注)

Read, annotate, export and compare government work reports.
Select text and press a digit key 1–9 to tag it; click an annotation to retag it, edit its note or delete it.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74" />
        <source>文档</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75" />
        <source>目录</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76" />
        <source>标签</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77" />
        <source>文档信息</source>
        <translation>Document Info</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78" />
        <source>标注列表</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234" />
        <source>报告标注</source>
        <translation>ReportMark</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>正在导入……</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251" />
        <source>正在显示原文（只读）</source>
        <translation>Showing the original text (read-only)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251" />
        <source>正在显示整理后的文本</source>
        <translation>Showing the cleaned text</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/document_view/note_dialog.py" line="11" />
        <source>编辑备注</source>
        <translation>Edit Note</translation>
    </message>
    <message>
        <location filename="../../ui/document_view/note_dialog.py" line="19" />
        <source>写下对这处标注的说明……</source>
        <translation>Write a note about this annotation…</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../ui/outline/panel.py" line="52" />
        <source>（未识别出标题）</source>
        <translation>(no headings found)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="15" />
        <source>首选项</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="21" />
        <source>例如：张三</source>
        <translation>e.g. Zhang San</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="23" />
        <source>界面语言：</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="24" />
        <source>标注人：</source>
        <translation>Annotator:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="25" />
        <source>更改界面语言后，请重新启动程序。</source>
        <translation>Restart ReportMark after changing the language.</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../ui/tags/editor.py" line="43" />
        <location filename="../../ui/tags/editor.py" line="105" />
        <location filename="../../ui/tags/editor.py" line="302" />
        <source>删除标签</source>
        <translation>Delete Tag</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="45" />
        <source>标签“{0}”已用于 {1} 处标注。删除标签时如何处理这些标注？</source>
        <translation>The tag “{0}” is used by {1} annotations. What should happen to them?</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="47" />
        <source>移到其他标签…</source>
        <translation>Move to Another Tag…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="48" />
        <source>一并删除标注</source>
        <translation>Delete the Annotations</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="56" />
        <source>移到其他标签</source>
        <translation>Move to Another Tag</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="56" />
        <source>把这些标注移到：</source>
        <translation>Move these annotations to:</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="64" />
        <source>选择颜色</source>
        <translation>Choose a Colour</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="74" />
        <source>编辑标签</source>
        <translation>Edit Tags</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="78" />
        <source>查找标签（名称或拼音首字母）</source>
        <translation>Find a tag (name or pinyin initials)</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="82" />
        <source>标签</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="82" />
        <source>快捷键</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="82" />
        <source>标注数</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="91" />
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="96" />
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="97" />
        <source>颜色：</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="98" />
        <source>上级标签：</source>
        <translation>Parent tag:</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="99" />
        <source>快捷键：</source>
        <translation>Shortcut key:</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="100" />
        <source>说明：</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="101" />
        <source>新建标签</source>
        <translation>New Tag</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="102" />
        <source>新建子标签</source>
        <translation>New Child Tag</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="103" />
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="104" />
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="194" />
        <source>（无，顶层标签）</source>
        <translation>(none: top-level tag)</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="257" />
        <source>新标签</source>
        <translation>New tag</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="288" />
        <source>调整标签顺序</source>
        <translation>Reorder Tags</translation>
    </message>
    <message>
        <location filename="../../ui/tags/editor.py" line="302" />
        <source>请先移动或删除“{0}”的子标签。</source>
        <translation>Move or delete the child tags of “{0}” first.</translation>
    </message>
</context>
<context>
    <name>TagPalette</name>
    <message>
        <location filename="../../ui/tags/palette.py" line="22" />
        <source>查找标签（可输入拼音首字母，如 zb）</source>
        <translation>Find a tag (pinyin initials work, e.g. zb)</translation>
    </message>
    <message>
        <location filename="../../ui/tags/palette.py" line="27" />
        <source>标签</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/tags/palette.py" line="27" />
        <source>快捷键</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/tags/palette.py" line="32" />
        <source>编辑标签…</source>
        <translation>Edit Tags…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../ui/tasks.py" line="154" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="155" />
        <source>请稍候</source>
        <translation>Please Wait</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../ui/commands.py" line="70" />
        <source>添加标注</source>
        <translation>Add Annotation</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="96" />
        <source>删除标注</source>
        <translation>Delete Annotation</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="127" />
        <source>更改标签</source>
        <translation>Change Tag</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="134" />
        <source>编辑备注</source>
        <translation>Edit Note</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="143" />
        <source>编辑属性</source>
        <translation>Edit Attributes</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="150" />
        <source>新建标签</source>
        <translation>New Tag</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="170" />
        <source>修改标签</source>
        <translation>Edit Tag</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="186" />
        <source>删除标签</source>
        <translation>Delete Tag</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="41" />
        <source>抱歉，出现了意外错误，刚才的操作没有完成。详细信息已记录在日志文件中。</source>
        <translation>Sorry, something unexpected went wrong and the last action was not completed. The details have been written to the log file.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="52" />
        <source>报告标注</source>
        <translation>ReportMark</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55" />
        <source>日志文件：{0}</source>
        <translation>Log file: {0}</translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <location filename="../../ui/library/importer.py" line="26" />
        <source>已导入 {0} 个文件，已存在 {1} 个，未能导入 {2} 个。</source>
        <translation>{0} files imported, {1} already in the project, {2} could not be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/library/importer.py" line="30" />
        <source>{0}：已在项目中</source>
        <translation>{0}: already in the project</translation>
    </message>
    <message>
        <location filename="../../ui/library/importer.py" line="34" />
        <source>……另有 {0} 个文件未能导入。</source>
        <translation>…and {0} more files could not be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/library/importer.py" line="41" />
        <source>导入完成</source>
        <translation>Import Finished</translation>
    </message>
    <message>
        <location filename="../../ui/library/importer.py" line="85" />
        <source>正在导入报告……</source>
        <translation>Importing reports…</translation>
    </message>
</context>
</TS>