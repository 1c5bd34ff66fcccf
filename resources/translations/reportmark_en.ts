<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>AnnotationModel</name>
        <message>
            <location filename="../../ui/annotations/model.py" line="49" />
            <source>标签</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../ui/annotations/model.py" line="50" />
            <source>文字</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../ui/annotations/model.py" line="51" />
            <source>所在章节</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../ui/annotations/model.py" line="52" />
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/annotations/model.py" line="53" />
            <source>数值</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../ui/annotations/model.py" line="54" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ui/annotations/model.py" line="55" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/annotations/model.py" line="56" />
            <source>增减</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../ui/annotations/model.py" line="271" />
            <source>“{0}”不是增减数，请写数字，如 +3.5、-2、3.5%；原来的增减未改。</source>
            <translation>“{0}” is not a change: write a number, such as +3.5, -2 or 3.5%. The change was left as it was.</translation>
        </message>
    </context>
    <context>
        <name>AnnotationQueryPanel</name>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="53" />
            <source>原文包含</source>
            <translation>Text contains</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="54" />
            <source>备注包含</source>
            <translation>Note contains</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="56" />
            <source>任意属性</source>
            <translation>Any attribute</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="58" />
            <location filename="../../ui/search/annotation_query.py" line="101" />
            <source>指标名称</source>
            <translation>Indicator name</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="59" />
            <location filename="../../ui/search/annotation_query.py" line="102" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="60" />
            <source>期间</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="61" />
            <source>指标类型</source>
            <translation>Indicator type</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="62" />
            <source>政策文号</source>
            <translation>Policy doc. number</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="63" />
            <location filename="../../ui/search/annotation_query.py" line="101" />
            <source>数值</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="67" />
            <source>属性值包含，如 5G</source>
            <translation>Attribute value contains, e.g. 5G</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="68" />
            <source>包括建议</source>
            <translation>Include suggestions</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="69" />
            <source>查询</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="71" />
            <source>导出结果…</source>
            <translation>Export Results…</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="82" />
            <source>标签：</source>
            <translation>Tag:</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="84" />
            <source>原文：</source>
            <translation>Text:</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="86" />
            <source>备注：</source>
            <translation>Note:</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="88" />
            <source>属性：</source>
            <translation>Attribute:</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="101" />
            <source>文档</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="101" />
            <source>标签</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="101" />
            <source>原文</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="102" />
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="102" />
            <source>增减</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="142" />
            <source>全部标签</source>
            <translation>All tags</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="179" />
            <source>正在查询……</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="186" />
            <source>正在查询标注</source>
            <translation>Searching annotations</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/search/annotation_query.py" line="243" />
            <source>共 %n 处标注。</source>
            <translation>
                <numerusform>%n annotation.</numerusform>
                <numerusform>%n annotations.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="243" />
            <source>没有符合条件的标注。</source>
            <translation>No annotations match.</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="266" />
            <source>导出查询结果</source>
            <translation>Export Query Results</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="268" />
            <source>Excel 工作簿 (*.xlsx);;CSV（UTF-8 带 BOM） (*.csv)</source>
            <translation>Excel workbook (*.xlsx);;CSV, UTF-8 with BOM (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/search/annotation_query.py" line="298" />
            <source>正在导出查询结果</source>
            <translation>Exporting query results</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/search/annotation_query.py" line="302" />
            <source>已导出 %n 处标注到“{0}”。</source>
            <translation>
                <numerusform>Exported %n annotation to “{0}”.</numerusform>
                <numerusform>Exported %n annotations to “{0}”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/search/annotation_query.py" line="303" />
            <source>已导出 %n 处标注到 {0}</source>
            <translation>
                <numerusform>Exported %n annotation to {0}</numerusform>
                <numerusform>Exported %n annotations to {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AnnotationTable</name>
        <message>
            <location filename="../../ui/annotations/table.py" line="65" />
            <source>按标签筛选：</source>
            <translation>Filter by tag:</translation>
        </message>
        <message>
            <location filename="../../ui/annotations/table.py" line="99" />
            <source>全部标签</source>
            <translation>All tags</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/annotations/table.py" line="162" />
            <source>共 %n 处标注</source>
            <translation>
                <numerusform>%n annotation</numerusform>
                <numerusform>%n annotations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/annotations/table.py" line="164" />
            <source>显示 {0} / 共 %n 处标注</source>
            <translation>
                <numerusform>Showing {0} of %n annotation</numerusform>
                <numerusform>Showing {0} of %n annotations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Annotator</name>
        <message>
            <location filename="../../ui/document_view/annotator.py" line="117" />
            <source>没有设置快捷键 {0} 的标签。</source>
            <translation>No tag has the shortcut key {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/annotator.py" line="124" />
            <source>请先打开一篇文档。</source>
            <translation>Open a document first.</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/annotator.py" line="127" />
            <source>原文视图为只读，请切换回整理后的文本再标注。</source>
            <translation>The original text is read-only; switch back to the cleaned text to annotate.</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/annotator.py" line="141" />
            <source>请先选中要标注的文字，或点击一处标注。</source>
            <translation>Select some text to annotate, or click an annotation first.</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/annotator.py" line="151" />
            <source>不能只标注空白或标点，请选中文字。</source>
            <translation>Select some text: spaces and punctuation alone cannot be tagged.</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/annotator.py" line="161" />
            <source>这段文字已标注为“{0}”。</source>
            <translation>This text is already tagged “{0}”.</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/annotator.py" line="167" />
            <source>添加标注</source>
            <translation>Add Annotation</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/annotator.py" line="180" />
            <source>已标注为“{0}”：{1}</source>
            <translation>Tagged as “{0}”: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/annotator.py" line="182" />
            <source>（取代了此处 {0} 条待审建议）</source>
            <translation> (replacing {0} pending suggestion(s) here)</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/annotator.py" line="186" />
            <source>这句话有 {0} 个数字，已按第一个记为指标：{1}。其余请分别选中标注或在审阅中接受。</source>
            <translation>This sentence holds {0} figures; the first was tagged as the indicator: {1}. Tag the others one by one, or accept them in review.</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/annotator.py" line="250" />
            <source>已删除标注 {0}：{1}（Ctrl+Z 撤销）</source>
            <translation>Deleted annotation {0}: {1} (Ctrl+Z to undo)</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/annotator.py" line="298" />
            <source>标注为</source>
            <translation>Tag as</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/annotator.py" line="298" />
            <source>标签：</source>
            <translation>Tag:</translation>
        </message>
    </context>
    <context>
        <name>ChooseDocumentsDialog</name>
        <message>
            <location filename="../../ui/compare/chooser.py" line="228" />
            <source>对比两份报告</source>
            <translation>Compare Two Reports</translation>
        </message>
        <message>
            <location filename="../../ui/compare/chooser.py" line="245" />
            <source>对比</source>
            <translation>Compare</translation>
        </message>
        <message>
            <location filename="../../ui/compare/chooser.py" line="246" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/compare/chooser.py" line="252" />
            <source>左侧文档：</source>
            <translation>Left document:</translation>
        </message>
        <message>
            <location filename="../../ui/compare/chooser.py" line="253" />
            <source>右侧文档：</source>
            <translation>Right document:</translation>
        </message>
        <message>
            <location filename="../../ui/compare/chooser.py" line="260" />
            <source>项目中至少需要两份文档才能对比。</source>
            <translation>The project needs at least two documents to compare.</translation>
        </message>
        <message>
            <location filename="../../ui/compare/chooser.py" line="270" />
            <source>请选择两份不同的文档。</source>
            <translation>Choose two different documents.</translation>
        </message>
    </context>
    <context>
        <name>CompareOutline</name>
        <message>
            <location filename="../../ui/compare/pane.py" line="248" />
            <source>未匹配</source>
            <translation>Unmatched</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <location filename="../../ui/compare/pane.py" line="201" />
            <source>复制</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../ui/compare/pane.py" line="204" />
            <source>全选</source>
            <translation>Select All</translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message>
            <location filename="../../ui/compare/window.py" line="51" />
            <source>报告对比</source>
            <translation>Compare Reports</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="63" />
            <source>⇄ 交换</source>
            <translation>⇄ Swap</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="64" />
            <source>包含未确认的建议</source>
            <translation>Include unaccepted suggestions</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="66" />
            <source>指标对比也使用尚未接受的指标建议</source>
            <translation>Also use indicator suggestions that are not accepted yet</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="67" />
            <source>对比</source>
            <translation>Compare</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="77" />
            <source>并排对照</source>
            <translation>Side by Side</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="78" />
            <location filename="../../ui/compare/window.py" line="329" />
            <source>指标对比</source>
            <translation>Indicators</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="79" />
            <location filename="../../ui/compare/window.py" line="333" />
            <source>计划与完成</source>
            <translation>Plan vs. Results</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="80" />
            <location filename="../../ui/compare/window.py" line="336" />
            <source>多文档矩阵</source>
            <translation>Matrix</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="81" />
            <source>版本差异</source>
            <translation>Version Differences</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="84" />
            <source>左：</source>
            <translation>Left:</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="87" />
            <source>右：</source>
            <translation>Right:</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="176" />
            <source>未完成。</source>
            <translation>Not finished.</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="204" />
            <source>正在对比两份报告……</source>
            <translation>Comparing the two reports…</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="229" />
            <source>正在查找指标建议……</source>
            <translation>Finding indicator suggestions…</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="254" />
            <source>正在逐句比较两个版本……</source>
            <translation>Comparing the two versions sentence by sentence…</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="271" />
            <source>正在对照计划与完成情况……</source>
            <translation>Checking the plan against the results…</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="293" />
            <source>正在生成矩阵……</source>
            <translation>Building the matrix…</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="317" />
            <source>已导出到 {0}</source>
            <translation>Exported to {0}</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="320" />
            <source>正在导出……</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="359" />
            <source>正在读取报告列表，请稍候。</source>
            <translation>Reading the list of reports, one moment.</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="361" />
            <source>请选择两份不同的文档。</source>
            <translation>Choose two different documents.</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="381" />
            <source>对比的文档已被删除。</source>
            <translation>A compared document has been deleted.</translation>
        </message>
        <message>
            <location filename="../../ui/compare/window.py" line="383" />
            <source>标注已有变动，点“对比”更新结果。</source>
            <translation>The annotations have changed; click “Compare” to update the results.</translation>
        </message>
    </context>
    <context>
        <name>DiffTab</name>
        <message>
            <location filename="../../ui/compare/diff_tab.py" line="49" />
            <source>◀ 上一处</source>
            <translation>◀ Previous</translation>
        </message>
        <message>
            <location filename="../../ui/compare/diff_tab.py" line="50" />
            <source>下一处 ▶</source>
            <translation>Next ▶</translation>
        </message>
        <message>
            <location filename="../../ui/compare/diff_tab.py" line="51" />
            <source>上一处差异（Shift+F8 或 Alt+↑）</source>
            <translation>Previous difference (Shift+F8 or Alt+↑)</translation>
        </message>
        <message>
            <location filename="../../ui/compare/diff_tab.py" line="52" />
            <source>下一处差异（F8 或 Alt+↓）</source>
            <translation>Next difference (F8 or Alt+↓)</translation>
        </message>
        <message>
            <location filename="../../ui/compare/diff_tab.py" line="57" />
            <source>&lt;span style="background:{0}"&gt;&amp;nbsp;新增&amp;nbsp;&lt;/span&gt;&amp;nbsp;&lt;span style="background:{1}"&gt;&amp;nbsp;删除&amp;nbsp;&lt;/span&gt;&amp;nbsp;&lt;span style="background:{2}"&gt;&amp;nbsp;修改&amp;nbsp;&lt;/span&gt;</source>
            <translation>&lt;span style="background:{0}"&gt;&amp;nbsp;Added&amp;nbsp;&lt;/span&gt;&amp;nbsp;&lt;span style="background:{1}"&gt;&amp;nbsp;Deleted&amp;nbsp;&lt;/span&gt;&amp;nbsp;&lt;span style="background:{2}"&gt;&amp;nbsp;Changed&amp;nbsp;&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/compare/diff_tab.py" line="130" />
            <source>两个版本完全相同。</source>
            <translation>The two versions are identical.</translation>
        </message>
        <message>
            <location filename="../../ui/compare/diff_tab.py" line="133" />
            <source>差异很多（{0} 处）：这两份文档可能不是同一报告的两个版本。</source>
            <translation>Many differences ({0}): these documents may not be two versions of the same report.</translation>
        </message>
        <message>
            <location filename="../../ui/compare/diff_tab.py" line="136" />
            <source>按 F8 / Shift+F8 在差异之间跳转。</source>
            <translation>Press F8 / Shift+F8 to move between differences.</translation>
        </message>
        <message>
            <location filename="../../ui/compare/diff_tab.py" line="190" />
            <source>新增</source>
            <translation>Added</translation>
        </message>
        <message>
            <location filename="../../ui/compare/diff_tab.py" line="190" />
            <source>删除</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location filename="../../ui/compare/diff_tab.py" line="190" />
            <source>修改</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location filename="../../ui/compare/diff_tab.py" line="200" />
            <source>没有差异</source>
            <translation>No differences</translation>
        </message>
        <message>
            <location filename="../../ui/compare/diff_tab.py" line="202" />
            <source>第 {0} / {1} 处差异</source>
            <translation>Difference {0} of {1}</translation>
        </message>
    </context>
    <context>
        <name>DocumentView</name>
        <message>
            <location filename="../../ui/document_view/menu.py" line="76" />
            <source>疑似乱码：</source>
            <translation>Possibly garbled: </translation>
        </message>
        <message>
            <location filename="../../ui/document_view/menu.py" line="78" />
            <source>建议修复：</source>
            <translation>Proposed repair: </translation>
        </message>
        <message>
            <location filename="../../ui/document_view/menu.py" line="29" />
            <source>更改标签为</source>
            <translation>Change tag to</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/menu.py" line="31" />
            <source>标注为</source>
            <translation>Tag as</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/menu.py" line="45" />
            <source>编辑备注…</source>
            <translation>Edit Note…</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/menu.py" line="47" />
            <source>删除标注</source>
            <translation>Delete Annotation</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/menu.py" line="65" />
            <source>英文译文：大纲和自动建议不读取此段，可手动标注</source>
            <translation>English translation: not read by the outline or the suggestions; you can still tag it</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/menu.py" line="74" />
            <source>已自动修复的乱码，原文为：</source>
            <translation>Garble repaired on import; the original reads: </translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../ui/export/__init__.py" line="41" />
            <source>导出标注(&amp;E)…</source>
            <translation>&amp;Export Annotations…</translation>
        </message>
        <message>
            <location filename="../../ui/export/__init__.py" line="45" />
            <source>合并同事的项目(&amp;P)…</source>
            <translation>&amp;Merge a Colleague's Project…</translation>
        </message>
        <message>
            <location filename="../../ui/export/__init__.py" line="47" />
            <source>把同事的项目文件（.reportmark）或 REFI-QDA 项目（.qdpx）合并进来：不重复，可以撤销</source>
            <translation>Merge a colleague's project file (.reportmark) or REFI-QDA project (.qdpx): no duplicates, can be undone</translation>
        </message>
        <message>
            <location filename="../../ui/export/__init__.py" line="76" />
            <source>合并同事的项目</source>
            <translation>Merge a Colleague's Project</translation>
        </message>
        <message>
            <location filename="../../ui/export/__init__.py" line="78" />
            <source>同事的项目 (*.reportmark *.qdpx);;ReportMark 项目 (*.reportmark);;REFI-QDA 项目 (*.qdpx);;所有文件 (*)</source>
            <translation>Colleague's project (*.reportmark *.qdpx);;ReportMark project (*.reportmark);;REFI-QDA project (*.qdpx);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/export/__init__.py" line="97" />
            <source>……共 {0}</source>
            <translation>… {0} in all</translation>
        </message>
        <message>
            <location filename="../../ui/export/__init__.py" line="100" />
            <source>两人记的数值不同</source>
            <translation>Figures read differently</translation>
        </message>
        <message>
            <location filename="../../ui/export/__init__.py" line="101" />
            <source>“{0}”中有 {1}与项目中的数值不同。项目中的数值未改，同事的数值已写入这些标注的备注（以“合并时”开头），请核对。</source>
            <translation>In “{0}”, {1} read with figures other than this project's. The project's figures are unchanged; your colleague's are in the note of each (the line naming your colleague). Please check them.</translation>
        </message>
        <message>
            <location filename="../../ui/export/__init__.py" line="142" />
            <source>已从“{0}”合并：{1}已在项目中，没有新内容，项目未改动。</source>
            <translation>Merged from “{0}”: {1} already in the project, nothing new; the project is unchanged.</translation>
        </message>
        <message>
            <location filename="../../ui/export/__init__.py" line="148" />
            <source>已从“{0}”合并：{1}已在项目中，{2}；新增 {3}、{4}</source>
            <translation>Merged from “{0}”: {1} already in the project, {2}; added {3} and {4}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export/__init__.py" line="143" />
            <location filename="../../ui/export/__init__.py" line="150" />
            <source>%n 篇报告</source>
            <translation>
                <numerusform>%n report</numerusform>
                <numerusform>%n reports</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export/__init__.py" line="157" />
            <source>，补充了 {0}</source>
            <translation>, and added to {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export/__init__.py" line="157" />
            <source>%n 处已有标注</source>
            <translation>
                <numerusform>%n existing annotation</numerusform>
                <numerusform>%n existing annotations</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export/__init__.py" line="158" />
            <source>。可以撤销（Ctrl+Z 或 编辑 › 撤销）。</source>
            <translation>. It can be undone (Ctrl+Z or Edit › Undo).</translation>
        </message>
        <message>
            <location filename="../../ui/export/__init__.py" line="160" />
            <source>其中 {0}两人记的数值不同，同事的数值已写入备注（以“合并时”开头），请核对。</source>
            <translation> In {0} the two of you read the figures differently: your colleague's figures are in the note (the line naming your colleague); please check them.</translation>
        </message>
        <message>
            <location filename="../../ui/export/__init__.py" line="172" />
            <source>正在导入“{0}”……</source>
            <translation>Importing “{0}”…</translation>
        </message>
        <message>
            <location filename="../../ui/export/__init__.py" line="178" />
            <source>正在合并同事的项目</source>
            <translation>Merging the colleague's project</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export/__init__.py" line="152" />
            <location filename="../../ui/export/__init__.py" line="105" />
            <location filename="../../ui/export/__init__.py" line="97" />
            <location filename="../../ui/export/__init__.py" line="162" />
            <source>%n 处标注</source>
            <translation>
                <numerusform>%n annotation</numerusform>
                <numerusform>%n annotations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export/__init__.py" line="151" />
            <source>%n 篇新报告</source>
            <translation>
                <numerusform>%n new report</numerusform>
                <numerusform>%n new reports</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export/__init__.py" line="153" />
            <source>%n 个标签</source>
            <translation>
                <numerusform>%n tag</numerusform>
                <numerusform>%n tags</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/export/dialog.py" line="60" />
            <location filename="../../ui/export/notify.py" line="18" />
            <source>导出标注</source>
            <translation>Export Annotations</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="68" />
            <source>当前文档</source>
            <translation>Current document</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="69" />
            <source>选定的文档：</source>
            <translation>Selected documents:</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="70" />
            <source>整个项目</source>
            <translation>Whole project</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="78" />
            <source>当前文档：{0}</source>
            <translation>Current document: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="84" />
            <source>范围</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="91" />
            <source>标签（含下级标签）</source>
            <translation>Tags (including child tags)</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="95" />
            <source>全选</source>
            <translation>Select All</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="96" />
            <source>全不选</source>
            <translation>Select None</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="103" />
            <source>包括未确认的建议标注</source>
            <translation>Include suggestions not yet accepted</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="118" />
            <source>中文表头</source>
            <translation>Chinese headers</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="119" />
            <source>英文表头（English）</source>
            <translation>English headers</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="123" />
            <source>浏览…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="126" />
            <source>格式：</source>
            <translation>Format:</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="128" />
            <source>表头：</source>
            <translation>Headers:</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="130" />
            <source>保存到：</source>
            <translation>Save to:</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="145" />
            <source>预览</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="167" />
            <source>导出</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="170" />
            <location filename="../../ui/export/dialog.py" line="366" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="202" />
            <source>Excel 工作簿 (.xlsx)</source>
            <translation>Excel workbook (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="203" />
            <source>CSV（UTF-8 带 BOM，Excel 直接打开）</source>
            <translation>CSV (UTF-8 with BOM, opens directly in Excel)</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="204" />
            <source>CSV（GB18030，适合旧版 Excel/WPS）</source>
            <translation>CSV (GB18030, for older Excel and WPS)</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="205" />
            <source>JSON（完整记录，含属性）</source>
            <translation>JSON (full records with attributes)</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="206" />
            <source>REFI-QDA 项目 (.qdpx)，供 NVivo/MAXQDA/ATLAS.ti/QualCoder</source>
            <translation>REFI-QDA project (.qdpx) for NVivo, MAXQDA, ATLAS.ti or QualCoder</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="207" />
            <source>指标台账 (.xlsx)：每个指标一行，每篇文档一列</source>
            <translation>Indicator ledger (.xlsx): one row per indicator, one column per document</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="261" />
            <source>{0} 文件 (*{1})</source>
            <translation>{0} files (*{1})</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="262" />
            <source>导出到</source>
            <translation>Export To</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="304" />
            <source>请至少选择一篇文档和一个标签。</source>
            <translation>Select at least one document and one tag.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export/dialog.py" line="306" />
            <source>共 %n 条标注；台账按指标名称汇总，下面是逐条预览。</source>
            <translation>
                <numerusform>%n annotation; the ledger groups annotations by indicator name. Below is a preview, one row per annotation.</numerusform>
                <numerusform>%n annotations; the ledger groups them by indicator name. Below is a preview, one row per annotation.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export/dialog.py" line="309" />
            <source>其中 %n 条没有指标名称或数值，不列入台账（可在标注列表中补填）。</source>
            <translation>
                <numerusform> %n of them has no indicator name or value and is left out of the ledger (add them in the annotation list).</numerusform>
                <numerusform> %n of them have no indicator name or value and are left out of the ledger (add them in the annotation list).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export/dialog.py" line="312" />
            <source>共 %n 条标注将被导出，下面是前 {0} 条。</source>
            <translation>
                <numerusform>%n annotation will be exported; the first {0} are shown below.</numerusform>
                <numerusform>%n annotations will be exported; the first {0} are shown below.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export/dialog.py" line="314" />
            <source>共 %n 条标注将被导出。</source>
            <translation>
                <numerusform>%n annotation will be exported.</numerusform>
                <numerusform>%n annotations will be exported.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="341" />
            <source>正在导出……</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="343" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="351" />
            <source>正在导出标注</source>
            <translation>Exporting annotations</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export/dialog.py" line="373" />
            <source>已导出 %n 条到“{0}”。</source>
            <translation>
                <numerusform>Exported %n annotation to “{0}”.</numerusform>
                <numerusform>Exported %n annotations to “{0}”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export/dialog.py" line="374" />
            <source>已导出 %n 条标注到 {0}</source>
            <translation>
                <numerusform>Exported %n annotation to {0}</numerusform>
                <numerusform>Exported %n annotations to {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="382" />
            <source>已取消导出，没有写入文件。</source>
            <translation>Export cancelled; no file was written.</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="384" />
            <source>导出没有完成。</source>
            <translation>The export did not finish.</translation>
        </message>
        <message>
            <location filename="../../ui/export/dialog.py" line="390" />
            <source>正在取消……</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../ui/export/notify.py" line="19" />
            <source>文件“{0}”已存在，要替换它吗？</source>
            <translation>The file “{0}” already exists. Do you want to replace it?</translation>
        </message>
        <message>
            <location filename="../../ui/export/notify.py" line="28" />
            <source>导出完成</source>
            <translation>Export Finished</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export/notify.py" line="29" />
            <source>已导出 %n 条记录。</source>
            <translation>
                <numerusform>Exported %n record.</numerusform>
                <numerusform>Exported %n records.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export/notify.py" line="31" />
            <source>打开所在文件夹</source>
            <translation>Open Containing Folder</translation>
        </message>
    </context>
    <context>
        <name>FieldRow</name>
        <message>
            <location filename="../../ui/info/fields.py" line="41" />
            <source>双击修改</source>
            <translation>Double-click to edit</translation>
        </message>
        <message>
            <location filename="../../ui/info/fields.py" line="42" />
            <source>人工</source>
            <translation>manual</translation>
        </message>
        <message>
            <location filename="../../ui/info/fields.py" line="44" />
            <source>此项由您设定，重新读取或导入时保留</source>
            <translation>Set by you; kept when the report is read or imported again</translation>
        </message>
        <message>
            <location filename="../../ui/info/fields.py" line="51" />
            <source>修改（F2）</source>
            <translation>Edit (F2)</translation>
        </message>
        <message>
            <location filename="../../ui/info/fields.py" line="116" />
            <source>{0}　（{1}）</source>
            <translation>{0}   ({1})</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../ui/search/find_bar.py" line="34" />
            <source>在本文档中查找</source>
            <translation>Find in this document</translation>
        </message>
        <message>
            <location filename="../../ui/search/find_bar.py" line="44" />
            <source>上一个（Shift+F3）</source>
            <translation>Previous (Shift+F3)</translation>
        </message>
        <message>
            <location filename="../../ui/search/find_bar.py" line="44" />
            <source>下一个（F3）</source>
            <translation>Next (F3)</translation>
        </message>
        <message>
            <location filename="../../ui/search/find_bar.py" line="44" />
            <source>关闭（Esc）</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <location filename="../../ui/search/find_bar.py" line="181" />
            <source>无结果</source>
            <translation>No results</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsTab</name>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="72" />
            <source>图表：原始数值</source>
            <translation>Chart: raw values</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="73" />
            <source>图表：以左侧为 100</source>
            <translation>Chart: left = 100</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="74" />
            <source>导出表格…</source>
            <translation>Export Table…</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="82" />
            <source>查找指标建议并保存（待审阅）</source>
            <translation>Find Indicator Suggestions and Save Them (for Review)</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="99" />
            <source>未匹配的指标</source>
            <translation>Unmatched indicators</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="121" />
            <source>指标（勾选以绘图）</source>
            <translation>Indicator (tick to chart)</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="122" />
            <source>左文档原文</source>
            <translation>Left text</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="123" />
            <source>左数值</source>
            <translation>Left value</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="124" />
            <source>右文档原文</source>
            <translation>Right text</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="125" />
            <source>右数值</source>
            <translation>Right value</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="126" />
            <location filename="../../ui/compare/indicators_tab.py" line="177" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="127" />
            <source>差值（右−左）</source>
            <translation>Difference (right − left)</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="128" />
            <source>左变化</source>
            <translation>Left change</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="129" />
            <source>右变化</source>
            <translation>Right change</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="130" />
            <source>变化差</source>
            <translation>Change difference</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="131" />
            <source>匹配</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="148" />
            <source>相同</source>
            <translation>Same</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="148" />
            <source>近似 {0:.0%}</source>
            <translation>Similar {0:.0%}</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="168" />
            <source>仅左文档</source>
            <translation>Left only</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="169" />
            <source>仅右文档</source>
            <translation>Right only</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="177" />
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="177" />
            <source>所在</source>
            <translation>Side</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="177" />
            <source>原文</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="177" />
            <source>数值</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="177" />
            <source>变化</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="181" />
            <source>匹配 {0}；{1}，{2}。数值已换算为同一单位。</source>
            <translation>{0} matched; {1}, {2}. Values are converted to the same unit.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/compare/indicators_tab.py" line="182" />
            <source>%n 项指标</source>
            <translation>
                <numerusform>%n indicator</numerusform>
                <numerusform>%n indicators</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/compare/indicators_tab.py" line="183" />
            <source>仅左文档 %n 项</source>
            <translation>
                <numerusform>%n only in the left document</numerusform>
                <numerusform>%n only in the left document</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/compare/indicators_tab.py" line="184" />
            <source>仅右文档 %n 项</source>
            <translation>
                <numerusform>%n only in the right</numerusform>
                <numerusform>%n only in the right</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="208" />
            <location filename="../../ui/compare/indicators_tab.py" line="241" />
            <source>左</source>
            <translation>Left</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="209" />
            <location filename="../../ui/compare/indicators_tab.py" line="241" />
            <source>右</source>
            <translation>Right</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="214" />
            <source>{0}文档“{1}”还没有指标标注：表中它的指标是临时找出的建议，尚未保存。</source>
            <translation>The {0} report “{1}” has no indicators tagged yet: its indicators in the table were found for this comparison only and are not saved.</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="219" />
            <source>{0}文档“{1}”没有可用的指标（建议已被拒绝，或未包含未确认的建议）。</source>
            <translation>The {0} report “{1}” has no indicators to use (its suggestions were rejected, or unconfirmed suggestions are left out).</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="266" />
            <source>所选指标对比（以左侧为 100）</source>
            <translation>Selected indicators (left = 100)</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="266" />
            <source>所选指标对比</source>
            <translation>Selected indicators</translation>
        </message>
        <message>
            <location filename="../../ui/compare/indicators_tab.py" line="267" />
            <source>勾选表格中的指标以绘图</source>
            <translation>Tick indicators in the table to chart them</translation>
        </message>
    </context>
    <context>
        <name>InfoPanel</name>
        <message>
            <location filename="../../ui/info/panel.py" line="241" />
            <source>正在读取候选</source>
            <translation>Reading the options</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="70" />
            <source>标题：</source>
            <translation>Title:</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="71" />
            <source>发布机构：</source>
            <translation>Issuer:</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="72" />
            <source>日期：</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="73" />
            <source>文号：</source>
            <translation>Doc. number:</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="74" />
            <source>索引号：</source>
            <translation>Index number:</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="75" />
            <source>字形：</source>
            <translation>Script:</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="76" />
            <source>来源文件：</source>
            <translation>Source file:</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="103" />
            <source>关键词：</source>
            <translation>Keywords:</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="104" />
            <source>待核对的疑似乱码</source>
            <translation>Possibly garbled text to check</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="109" />
            <source>应用修复</source>
            <translation>Apply Repair</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="111" />
            <source>用所选乱码的首选修复替换显示文字（原文不变，可撤销）；右键可选其他修复</source>
            <translation>Replace the selected garbled text by its first proposed repair (the original stays; undoable); right-click for the other repairs</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="112" />
            <source>应用全部高可信修复</source>
            <translation>Apply All Sure Repairs</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="117" />
            <source>本文档的备忘（自动保存）</source>
            <translation>Memo for this document (saved automatically)</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="134" />
            <source>备忘</source>
            <translation>Memo</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="161" />
            <source>繁体（已转为简体显示）</source>
            <translation>Traditional (shown as simplified)</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="161" />
            <source>简体</source>
            <translation>Simplified</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="183" />
            <source>待核对的疑似乱码（{0} 处）</source>
            <translation>Possibly garbled text to check ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="188" />
            <source>应用全部高可信修复（{0} 处）</source>
            <translation>Apply All Sure Repairs ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="191" />
            <source>没有高可信修复</source>
            <translation>No sure repairs left</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="192" />
            <source>导入时已自动修复有把握的乱码；剩下的请逐处核对</source>
            <translation>Repairs the reader was sure of were made on import; check the rest one by one</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="208" />
            <location filename="../../ui/info/panel.py" line="279" />
            <location filename="../../ui/info/panel.py" line="301" />
            <source>未识别</source>
            <translation>Not recognised</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="213" />
            <source>此项由您设定，重新读取或导入时保留；阅读器原为：{0}</source>
            <translation>Set by you; kept when the report is read or imported again. The reader had: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="223" />
            <source>候选：{0}（双击“未识别”选择）</source>
            <translation>Options: {0} (double-click “Not recognised” to choose)</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="266" />
            <source>，阅读器所选</source>
            <translation>, the reader's choice</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="268" />
            <source>，可能性 {0}%</source>
            <translation>, likelihood {0}%</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="315" />
            <source>正在提取……</source>
            <translation>Extracting…</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="212" />
            <location filename="../../ui/info/panel.py" line="317" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="345" />
            <source>改为“{0}”</source>
            <translation>Change to “{0}”</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="222" />
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="222" />
            <source>{0}（{1}）</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="307" />
            <source>标题不能为空。</source>
            <translation>The title cannot be empty.</translation>
        </message>
        <message>
            <location filename="../../ui/info/panel.py" line="309" />
            <source>“{0}”不是完整的日期，请写成 2021-03-05 或 2021年3月5日；未保存。</source>
            <translation>“{0}” is not a full date; write it as 2021-03-05. Not saved.</translation>
        </message>
    </context>
    <context>
        <name>InfoSources</name>
        <message>
            <location filename="../../ui/info/sources.py" line="17" />
            <source>首行</source>
            <translation>first line</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="18" />
            <source>首两行</source>
            <translation>first two lines</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="19" />
            <source>两行标题</source>
            <translation>title over two lines</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="20" />
            <source>标题多行</source>
            <translation>title over several lines</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="21" />
            <source>文件名</source>
            <translation>file name</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="22" />
            <source>网页标题</source>
            <translation>web page title</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="23" />
            <source>新闻标题</source>
            <translation>news headline</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="24" />
            <source>所转发的文件</source>
            <translation>the document it forwards</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="25" />
            <source>所附文件</source>
            <translation>the attached document</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="26" />
            <source>正文开头</source>
            <translation>opening of the text</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="27" />
            <source>讲话标题</source>
            <translation>speech title</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="28" />
            <source>阅读器选定</source>
            <translation>the reader's choice</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="29" />
            <source>阅读器候选</source>
            <translation>the reader's candidate</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="30" />
            <source>落款</source>
            <translation>signature</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="31" />
            <source>来源行</source>
            <translation>source line</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="32" />
            <source>讲话人行</source>
            <translation>speaker line</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="33" />
            <source>会议行</source>
            <translation>meeting line</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="34" />
            <source>单位行</source>
            <translation>organisation line</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="35" />
            <source>标题</source>
            <translation>title</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="36" />
            <source>正文（代表…政府报告）</source>
            <translation>text (report on behalf of … government)</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="37" />
            <source>正文</source>
            <translation>text</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="38" />
            <source>正文中的全称</source>
            <translation>full name in the text</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="39" />
            <source>新闻导语</source>
            <translation>news lead</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="40" />
            <source>首部</source>
            <translation>head of the document</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="41" />
            <source>会议日期</source>
            <translation>meeting date</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="42" />
            <source>标题下日期行</source>
            <translation>date line under the title</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="43" />
            <source>标题中的日期</source>
            <translation>date in the title</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="44" />
            <source>成文日期</source>
            <translation>date written</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="45" />
            <source>发文日期</source>
            <translation>date issued</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="46" />
            <source>发布日期</source>
            <translation>date published</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="47" />
            <source>正文日期</source>
            <translation>date in the text</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="59" />
            <source>（正式名称）</source>
            <translation> (formal name)</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="61" />
            <source>第{0}行</source>
            <translation>line {0}</translation>
        </message>
        <message>
            <location filename="../../ui/info/sources.py" line="63" />
            <source>页面字段“{0}”</source>
            <translation>page field “{0}”</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <location filename="../../ui/library/panel.py" line="51" />
            <source>筛选文档（标题、机构、日期）</source>
            <translation>Filter documents (title, issuer, date)</translation>
        </message>
        <message>
            <location filename="../../ui/library/panel.py" line="121" />
            <source>无标题（显示文件名）</source>
            <translation>Untitled (file name shown)</translation>
        </message>
        <message>
            <location filename="../../ui/library/panel.py" line="193" />
            <source>打开</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../ui/library/panel.py" line="194" />
            <source>修改报告信息…</source>
            <translation>Edit Report Details…</translation>
        </message>
        <message>
            <location filename="../../ui/library/panel.py" line="200" />
            <source>从项目中删除…</source>
            <translation>Remove from Project…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/library/panel.py" line="216" />
            <source>从项目中删除“{0}”及其 %n 处标注？此操作不能撤销。</source>
            <translation>
                <numerusform>Remove “{0}” and its %n annotation from the project? This cannot be undone.</numerusform>
                <numerusform>Remove “{0}” and its %n annotations from the project? This cannot be undone.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/library/panel.py" line="219" />
            <source>删除文档</source>
            <translation>Remove Document</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_actions.py" line="60" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="79" />
            <source>每项修改都会自动保存；Ctrl+S 立即保存正在输入的备注</source>
            <translation>Every edit is saved as you make it; Ctrl+S saves the memo you are typing now</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="92" />
            <source>编辑(&amp;E)</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="95" />
            <location filename="../../ui/main_actions.py" line="179" />
            <source>撤销</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="99" />
            <location filename="../../ui/main_actions.py" line="187" />
            <source>重做</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="118" />
            <source>修改当前报告的标题、发布机构、日期或文号</source>
            <translation>Correct the open report's title, issuer, date or document number</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="127" />
            <source>视图(&amp;V)</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="143" />
            <source>工具(&amp;T)</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="157" />
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="344" />
            <source>关于报告标注</source>
            <translation>About ReportMark</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="168" />
            <source>工具栏</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="62" />
            <source>新建项目(&amp;N)…</source>
            <translation>&amp;New Project…</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="65" />
            <source>打开项目(&amp;O)…</source>
            <translation>&amp;Open Project…</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="68" />
            <source>最近的项目(&amp;R)</source>
            <translation>&amp;Recent Projects</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="72" />
            <source>导入报告(&amp;I)…</source>
            <translation>&amp;Import Reports…</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="75" />
            <source>导入文件夹(&amp;F)…</source>
            <translation>Import &amp;Folder…</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="78" />
            <source>保存(&amp;S)</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="82" />
            <source>另存副本(&amp;C)…</source>
            <translation>Save a &amp;Copy…</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="84" />
            <source>把整个项目保存为一个完整的新文件，用于发给同事或拷到U盘</source>
            <translation>Save the whole project as one complete new file, to send to a colleague or copy to a USB stick</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="86" />
            <source>退出(&amp;Q)</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="94" />
            <source>撤销(&amp;U)</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="98" />
            <source>重做(&amp;R)</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="106" />
            <source>标注为(&amp;T)…</source>
            <translation>&amp;Tag As…</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="109" />
            <source>编辑备注(&amp;E)…</source>
            <translation>&amp;Edit Note…</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="112" />
            <source>删除标注(&amp;D)</source>
            <translation>&amp;Delete Annotation</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="117" />
            <source>修改报告信息(&amp;I)…</source>
            <translation>Edit Report Deta&amp;ils…</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="130" />
            <source>显示原文(&amp;S)</source>
            <translation>&amp;Show Original</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="139" />
            <source>恢复默认布局(&amp;L)</source>
            <translation>Reset &amp;Layout</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="146" />
            <source>编辑标签(&amp;T)…</source>
            <translation>Edit &amp;Tags…</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="149" />
            <source>首选项(&amp;P)…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="159" />
            <source>快捷键一览(&amp;K)</source>
            <translation>&amp;Keyboard Shortcuts</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="164" />
            <source>关于报告标注(&amp;A)</source>
            <translation>&amp;About ReportMark</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="230" />
            <source>报告标注项目 (*{0});;所有文件 (*)</source>
            <translation>ReportMark projects (*{0});;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="236" />
            <location filename="../../ui/main_actions.py" line="247" />
            <source>新建项目</source>
            <translation>New Project</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="248" />
            <source>文件“{0}”已存在，请用“打开项目”。</source>
            <translation>The file “{0}” already exists; use Open Project instead.</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="256" />
            <source>打开项目</source>
            <translation>Open Project</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="270" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="276" />
            <source>导入报告</source>
            <translation>Import Reports</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="278" />
            <source>报告 (*.txt *.docx *.doc *.wps *.html *.htm *.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</source>
            <translation>Reports (*.txt *.docx *.doc *.wps *.html *.htm *.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="289" />
            <source>导入文件夹中的报告</source>
            <translation>Import the Reports in a Folder</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="317" />
            <source>界面语言已改为 {0}，下次启动报告标注时生效。</source>
            <translation>Interface language changed to {0}; it takes effect the next time ReportMark starts.</translation>
        </message>
        <message>
            <location filename="../../ui/main_actions.py" line="335" />
            <source>报告标注 ReportMark {0}

阅读、标注、导出和比较政府工作报告。
选中文字后按数字键 1–9 即可标注；点击标注可更改标签、编辑备注或删除。
全部快捷键见 帮助 › 快捷键一览（F1）。</source>
            <translation>ReportMark {0}

Read, annotate, export and compare government work reports.
Select text and press a digit key 1–9 to tag it; click an annotation to retag it, edit its note or delete it.
Every shortcut is listed under Help › Keyboard Shortcuts (F1).</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="92" />
            <source>文档</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="93" />
            <source>目录</source>
            <translation>Outline</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="94" />
            <source>标签</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="95" />
            <source>文档信息</source>
            <translation>Document Info</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="96" />
            <source>标注列表</source>
            <translation>Annotations</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="131" />
            <source>正在准备示例报告……</source>
            <translation>Preparing the sample reports…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="253" />
            <source>{0}（只读）</source>
            <translation>{0} (read-only)</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="78" />
            <location filename="../../ui/main_window.py" line="254" />
            <location filename="../../ui/preferences/language.py" line="23" />
            <source>报告标注</source>
            <translation>ReportMark</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="259" />
            <source>正在导入……</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="287" />
            <source>已删除文档“{0}”。</source>
            <translation>Deleted the document “{0}”.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="301" />
            <source>正在显示原文（只读）</source>
            <translation>Showing the original text (read-only)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="301" />
            <source>正在显示整理后的文本</source>
            <translation>Showing the cleaned text</translation>
        </message>
        <message>
            <location filename="../../ui/project_file.py" line="57" />
            <source>已保存（项目文件已包含全部修改，可以复制）</source>
            <translation>Saved (the project file holds every change and can be copied)</translation>
        </message>
        <message>
            <location filename="../../ui/project_file.py" line="60" />
            <source>已保存（每项修改都会自动保存；要复制项目请用“文件 › 另存副本…”）</source>
            <translation>Saved (every edit is saved as you make it; to copy the project use “File › Save a Copy…”)</translation>
        </message>
        <message>
            <location filename="../../ui/project_file.py" line="71" />
            <source>另存副本</source>
            <translation>Save a Copy</translation>
        </message>
        <message>
            <location filename="../../ui/project_file.py" line="73" />
            <source>ReportMark 项目 (*.reportmark)</source>
            <translation>ReportMark projects (*.reportmark)</translation>
        </message>
        <message>
            <location filename="../../ui/project_file.py" line="89" />
            <source>已另存副本“{0}”（{1} 份报告，完整的项目文件，可以复制或发送）</source>
            <translation>Saved a copy “{0}” ({1} reports, a complete project file you can copy or send)</translation>
        </message>
    </context>
    <context>
        <name>MatrixTab</name>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="60" />
            <source>筛选文档（标题、机构）</source>
            <translation>Filter documents (title, issuer)</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="62" />
            <source>勾选所列</source>
            <translation>Tick listed</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="63" />
            <source>取消所列</source>
            <translation>Untick listed</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="66" />
            <source>标签 × 文档：标注数</source>
            <translation>Tags × documents: annotation counts</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="67" />
            <source>指标 × 文档：数值</source>
            <translation>Indicators × documents: values</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="68" />
            <source>指标 × 文档：提及次数</source>
            <translation>Indicators × documents: mentions</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="69" />
            <source>生成矩阵</source>
            <translation>Build Matrix</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="70" />
            <source>导出表格…</source>
            <translation>Export Table…</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="72" />
            <source>勾选文档（以及标签），选择行的内容，然后点“生成矩阵”。</source>
            <translation>Tick the documents (and tags), choose what the rows show, then click “Build Matrix”.</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="79" />
            <source>文档（列）</source>
            <translation>Documents (columns)</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="86" />
            <source>标签（行）</source>
            <translation>Tags (rows)</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="172" />
            <source>正在读取报告列表，请稍候。</source>
            <translation>Reading the list of reports, one moment.</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="175" />
            <source>请至少勾选一份文档。</source>
            <translation>Tick at least one document.</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="196" />
            <source>标签</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="196" />
            <source>指标</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="197" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ui/compare/matrix_tab.py" line="206" />
            <source>{0} × {1}。</source>
            <translation>{0} × {1}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/compare/matrix_tab.py" line="206" />
            <source>%n 行</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/compare/matrix_tab.py" line="206" />
            <source>%n 份文档</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <location filename="../../ui/document_view/note_dialog.py" line="15" />
            <source>编辑备注</source>
            <translation>Edit Note</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/note_dialog.py" line="24" />
            <source>写下对这处标注的说明……</source>
            <translation>Write a note about this annotation…</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/note_dialog.py" line="29" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/document_view/note_dialog.py" line="30" />
            <source>保存备注（Ctrl+Enter）</source>
            <translation>Save the note (Ctrl+Enter)</translation>
        </message>
    </context>
    <context>
        <name>OutlinePanel</name>
        <message>
            <location filename="../../ui/outline/panel.py" line="53" />
            <source>（未识别出标题）</source>
            <translation>(no headings found)</translation>
        </message>
    </context>
    <context>
        <name>PanelLinks</name>
        <message>
            <location filename="../../ui/panel_links.py" line="78" />
            <source>按数字键改标签，Enter 编辑备注，Del 删除</source>
            <translation>Digit key: change tag · Enter: edit note · Del: delete</translation>
        </message>
    </context>
    <context>
        <name>ParsedFields</name>
        <message>
            <location filename="../../ui/review/fields.py" line="69" />
            <source>指标名称</source>
            <translation>Indicator name</translation>
        </message>
        <message>
            <location filename="../../ui/review/fields.py" line="70" />
            <source>数值</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../ui/review/fields.py" line="71" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ui/review/fields.py" line="72" />
            <source>增减 ±</source>
            <translation>Change ±</translation>
        </message>
        <message>
            <location filename="../../ui/review/fields.py" line="73" />
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <location filename="../../ui/review/fields.py" line="74" />
            <source>时期，如 2020年</source>
            <translation>Period, e.g. 2020</translation>
        </message>
        <message>
            <location filename="../../ui/review/fields.py" line="84" />
            <source>实际完成</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../../ui/review/fields.py" line="84" />
            <source>目标/计划</source>
            <translation>Target/plan</translation>
        </message>
        <message>
            <location filename="../../ui/review/fields.py" line="97" />
            <source>名称：</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../ui/review/fields.py" line="98" />
            <source>数值：</source>
            <translation>Value:</translation>
        </message>
        <message>
            <location filename="../../ui/review/fields.py" line="99" />
            <source>时期：</source>
            <translation>Period:</translation>
        </message>
    </context>
    <context>
        <name>PlanTab</name>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="41" />
            <source>对照</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="42" />
            <source>导出表格…</source>
            <translation>Export Table…</translation>
        </message>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="44" />
            <source>选择计划文档（含“力争”“目标”等目标指标）和下一年度的总结，然后点“对照”。</source>
            <translation>Choose a plan document (with targets such as “力争” or “目标”) and the next year's summary, then click “Check”.</translation>
        </message>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="48" />
            <source>计划：</source>
            <translation>Plan:</translation>
        </message>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="50" />
            <source>完成情况：</source>
            <translation>Results:</translation>
        </message>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="92" />
            <source>目标</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="97" />
            <source>计划原文</source>
            <translation>Plan text</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/compare/plan_tab.py" line="125" />
            <source>共 %n 项目标：完成 {0} 项，未完成 {1} 项，未提及 {2} 项。</source>
            <translation>
                <numerusform>%n target: {0} met, {1} not met, {2} not mentioned.</numerusform>
                <numerusform>%n targets: {0} met, {1} not met, {2} not mentioned.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="94" />
            <source>目标值</source>
            <translation>Target value</translation>
        </message>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="98" />
            <source>完成情况原文</source>
            <translation>Results text</translation>
        </message>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="95" />
            <source>实际值</source>
            <translation>Actual value</translation>
        </message>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="96" />
            <source>完成率</source>
            <translation>Completion</translation>
        </message>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="93" />
            <source>结论</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="131" />
            <source>计划文档中没有找到目标指标（标签“指标”且类型为目标，或标签“目标”）。请先标注或接受建议。</source>
            <translation>No targets found in the plan document (annotations tagged “指标” with the type target, or tagged “目标”). Annotate them or accept suggestions first.</translation>
        </message>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="136" />
            <source>完成</source>
            <translation>Met</translation>
        </message>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="136" />
            <source>未完成</source>
            <translation>Not met</translation>
        </message>
        <message>
            <location filename="../../ui/compare/plan_tab.py" line="136" />
            <source>未提及</source>
            <translation>Not mentioned</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../ui/preferences/dialog.py" line="19" />
            <source>首选项</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location filename="../../ui/preferences/dialog.py" line="27" />
            <source>例如：张三</source>
            <translation>e.g. Zhang San</translation>
        </message>
        <message>
            <location filename="../../ui/preferences/dialog.py" line="34" />
            <source>界面语言：</source>
            <translation>Language:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences/dialog.py" line="36" />
            <source>标注人：</source>
            <translation>Annotator:</translation>
        </message>
        <message>
            <location filename="../../ui/preferences/dialog.py" line="54" />
            <source>改为 {0}：下次启动报告标注时生效，现在打开的窗口不变。</source>
            <translation>Changing to {0}: takes effect the next time ReportMark starts; the windows open now stay as they are.</translation>
        </message>
        <message>
            <location filename="../../ui/preferences/dialog.py" line="56" />
            <source>界面语言的更改在下次启动报告标注时生效。</source>
            <translation>A change of interface language takes effect the next time ReportMark starts.</translation>
        </message>
    </context>
    <context>
        <name>ReviewController</name>
        <message>
            <location filename="../../ui/review/controller.py" line="161" />
            <source>正在生成建议</source>
            <translation>Generating suggestions</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/review/controller.py" line="181" />
            <source>已为 %n 份报告生成建议：</source>
            <translation>
                <numerusform>Suggestions made for %n report: </numerusform>
                <numerusform>Suggestions made for %n reports: </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/review/controller.py" line="182" />
            <source>新增 %n 条待审</source>
            <translation>
                <numerusform>%n new one to review</numerusform>
                <numerusform>%n new ones to review</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/review/controller.py" line="182" />
            <source>没有新的建议</source>
            <translation>nothing new</translation>
        </message>
        <message>
            <location filename="../../ui/review/controller.py" line="206" />
            <source>已接受本节 {0} 条建议（Ctrl+Z 撤销）</source>
            <translation>Accepted {0} suggestions of this section (Ctrl+Z to undo)</translation>
        </message>
        <message>
            <location filename="../../ui/review/controller.py" line="281" />
            <source>正在提取关键词</source>
            <translation>Extracting keywords</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <location filename="../../ui/review/panel.py" line="81" />
            <source>生成建议</source>
            <translation>Suggest</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="82" />
            <source>为当前文档重新查找指标、政策和问题</source>
            <translation>Find indicators, policies and problems in this document again</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="89" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="103" />
            <source>标签</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="103" />
            <source>文字</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="103" />
            <location filename="../../ui/review/panel.py" line="275" />
            <source>数值</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="140" />
            <source>接受</source>
            <translation>Accept</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="141" />
            <source>接受当前建议（Enter）</source>
            <translation>Accept this suggestion (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="142" />
            <source>拒绝</source>
            <translation>Reject</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="143" />
            <source>拒绝当前建议，以后不再提示（Backspace）</source>
            <translation>Reject this suggestion; it will not be suggested again (Backspace)</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="144" />
            <source>上一条</source>
            <translation>Previous</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="145" />
            <source>上一条建议（P、K 或 Ctrl+↑）</source>
            <translation>Previous suggestion (P, K or Ctrl+↑)</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="146" />
            <source>下一条</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="147" />
            <source>下一条建议（N、J 或 Ctrl+↓）</source>
            <translation>Next suggestion (N, J or Ctrl+↓)</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="148" />
            <location filename="../../ui/review/panel.py" line="331" />
            <source>接受本节全部</source>
            <translation>Accept all in this section</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="149" />
            <source>接受当前建议所在章节的全部建议（Ctrl+Shift+Enter）</source>
            <translation>Accept every suggestion in the section of the current one (Ctrl+Shift+Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="171" />
            <source>Enter 接受 · ⌫ 拒绝 · N/P 切换 · Ctrl+Z 撤销</source>
            <translation>Enter accept · ⌫ reject · N/P next/previous · Ctrl+Z undo</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="269" />
            <source>实际完成</source>
            <translation>Actual</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="269" />
            <source>目标/计划</source>
            <translation>Target/plan</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="274" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="276" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="277" />
            <source>变化</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="278" />
            <source>时期</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="279" />
            <source>类型</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="321" />
            <source>未打开文档</source>
            <translation>No document open</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="323" />
            <source>剩余 {0} 条待审</source>
            <translation>{0} left to review</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="325" />
            <source>本文档没有待审的建议</source>
            <translation>Nothing left to review in this document</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="329" />
            <source>本节：{0}（{1} 条待审）</source>
            <translation>Section: {0} ({1} to review)</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="331" />
            <source>接受本节全部（{0}）</source>
            <translation>Accept all in this section ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/review/panel.py" line="340" />
            <source>正在生成建议 {0}/{1}</source>
            <translation>Generating suggestions {0}/{1}</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../../ui/search/__init__.py" line="33" />
            <source>全文搜索</source>
            <translation>Full-Text Search</translation>
        </message>
        <message>
            <location filename="../../ui/search/__init__.py" line="37" />
            <source>标注查询</source>
            <translation>Annotation Query</translation>
        </message>
        <message>
            <location filename="../../ui/search/__init__.py" line="61" />
            <source>在本文档中查找(&amp;F)…</source>
            <translation>&amp;Find in Document…</translation>
        </message>
        <message>
            <location filename="../../ui/search/__init__.py" line="63" />
            <source>查找下一个(&amp;N)</source>
            <translation>Find &amp;Next</translation>
        </message>
        <message>
            <location filename="../../ui/search/__init__.py" line="65" />
            <source>查找上一个(&amp;V)</source>
            <translation>Find Pre&amp;vious</translation>
        </message>
        <message>
            <location filename="../../ui/search/__init__.py" line="68" />
            <source>在所有文档中搜索(&amp;S)…</source>
            <translation>&amp;Search All Documents…</translation>
        </message>
        <message>
            <location filename="../../ui/search/__init__.py" line="72" />
            <source>标注查询(&amp;Q)…</source>
            <translation>&amp;Query Annotations…</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../../ui/search/panel.py" line="147" />
            <source>在所有文档中搜索（两个字也可以）</source>
            <translation>Search all documents (two characters are enough)</translation>
        </message>
        <message>
            <location filename="../../ui/search/panel.py" line="195" />
            <source>正在搜索“{0}”……</source>
            <translation>Searching for “{0}”…</translation>
        </message>
        <message>
            <location filename="../../ui/search/panel.py" line="205" />
            <source>正在搜索</source>
            <translation>Searching</translation>
        </message>
        <message>
            <location filename="../../ui/search/panel.py" line="242" />
            <source>同义词“{0}”</source>
            <translation>Synonym “{0}”</translation>
        </message>
        <message>
            <location filename="../../ui/search/panel.py" line="249" />
            <source>没有找到“{0}”。</source>
            <translation>No matches for “{0}”.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/search/panel.py" line="251" />
            <source>“{0}”共 %n 处，显示前 {1} 处。</source>
            <translation>
                <numerusform>%n match for “{0}”; showing the first {1}.</numerusform>
                <numerusform>%n matches for “{0}”; showing the first {1}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/search/panel.py" line="254" />
            <source>“{0}”共 {1}，在 {2}中。</source>
            <translation>{1} for “{0}” in {2}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/search/panel.py" line="255" />
            <source>%n 处</source>
            <translation>
                <numerusform>%n match</numerusform>
                <numerusform>%n matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/search/panel.py" line="255" />
            <source>%n 篇文档</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/search/panel.py" line="260" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/search/panel.py" line="260" />
            <source>“{0}” %n 处</source>
            <translation>
                <numerusform>“{0}” %n match</numerusform>
                <numerusform>“{0}” %n matches</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/search/panel.py" line="262" />
            <source>同义词也已搜索（显示的 {0} 处中）：{1}</source>
            <translation>Synonyms searched too (among the {0} shown): {1}</translation>
        </message>
        <message>
            <location filename="../../ui/search/panel.py" line="264" />
            <source>同义词也已搜索：{0}</source>
            <translation>Synonyms searched too: {0}</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="49" />
            <source>正文</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="50" />
            <source>建议审阅</source>
            <translation>Review suggestions</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="51" />
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="52" />
            <source>文档信息</source>
            <translation>Document Info</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="54" />
            <source>用对应标签标注选中的文字</source>
            <translation>Tag the selected text with that tag</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="55" />
            <source>编辑选中标注的备注</source>
            <translation>Edit the note of the selected annotation</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="56" />
            <source>删除选中的标注</source>
            <translation>Delete the selected annotation</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="57" />
            <source>取消选中标注</source>
            <translation>Deselect the annotation</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="58" />
            <source>接受当前建议</source>
            <translation>Accept the current suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="59" />
            <source>拒绝当前建议</source>
            <translation>Reject the current suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="60" />
            <source>下一条建议</source>
            <translation>Next suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="61" />
            <source>上一条建议</source>
            <translation>Previous suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="62" />
            <source>保存备注</source>
            <translation>Save the note</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="63" />
            <source>修改标题、发布机构、日期或文号（也可双击）</source>
            <translation>Edit the title, issuer, date or document number (or double-click)</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="64" />
            <source>保存所选或所填的值 / 取消修改</source>
            <translation>Save the chosen or typed value / cancel the edit</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="95" />
            <source>快捷键一览</source>
            <translation>Keyboard Shortcuts</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="98" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="98" />
            <source>快捷键</source>
            <translation>Key</translation>
        </message>
        <message>
            <location filename="../../ui/help/shortcuts.py" line="98" />
            <source>位置</source>
            <translation>Where</translation>
        </message>
    </context>
    <context>
        <name>SideBySide</name>
        <message>
            <location filename="../../ui/compare/side_by_side.py" line="66" />
            <source>同步滚动</source>
            <translation>Sync Scrolling</translation>
        </message>
        <message>
            <location filename="../../ui/compare/side_by_side.py" line="68" />
            <source>滚动一侧时，另一侧按已对齐的章节跟随滚动</source>
            <translation>Scrolling one side scrolls the other to the matching section</translation>
        </message>
        <message>
            <location filename="../../ui/compare/side_by_side.py" line="72" />
            <source>左侧章节</source>
            <translation>Left section</translation>
        </message>
        <message>
            <location filename="../../ui/compare/side_by_side.py" line="72" />
            <source>右侧章节</source>
            <translation>Right section</translation>
        </message>
        <message>
            <location filename="../../ui/compare/side_by_side.py" line="72" />
            <source>置信度</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <location filename="../../ui/compare/side_by_side.py" line="156" />
            <source>对齐得分 {0:.2f}</source>
            <translation>Alignment score {0:.2f}</translation>
        </message>
        <message>
            <location filename="../../ui/compare/side_by_side.py" line="161" />
            <location filename="../../ui/compare/side_by_side.py" line="164" />
            <source>（未匹配）</source>
            <translation>(unmatched)</translation>
        </message>
        <message>
            <location filename="../../ui/compare/side_by_side.py" line="186" />
            <source>已对齐 {0}；{1}、{2}章节未匹配。</source>
            <translation>{0} aligned; {1} and {2} unmatched.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/compare/side_by_side.py" line="187" />
            <source>%n 对章节</source>
            <translation>
                <numerusform>%n section pair</numerusform>
                <numerusform>%n section pairs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/compare/side_by_side.py" line="188" />
            <source>左侧 %n 个</source>
            <translation>
                <numerusform>%n section on the left</numerusform>
                <numerusform>%n sections on the left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/compare/side_by_side.py" line="189" />
            <source>右侧 %n 个</source>
            <translation>
                <numerusform>%n on the right</numerusform>
                <numerusform>%n on the right</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/compare/side_by_side.py" line="191" />
            <source>点击章节或下表中的一行，两侧同时定位。</source>
            <translation>Click a section, or a row in the table below, to show it on both sides.</translation>
        </message>
    </context>
    <context>
        <name>TagEditor</name>
        <message>
            <location filename="../../ui/tags/editor.py" line="42" />
            <location filename="../../ui/tags/editor.py" line="104" />
            <location filename="../../ui/tags/editor.py" line="294" />
            <source>删除标签</source>
            <translation>Delete Tag</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/tags/editor.py" line="44" />
            <source>标签“{0}”已用于 %n 处标注。删除标签时如何处理这些标注？</source>
            <translation>
                <numerusform>The tag “{0}” is used by %n annotation. What should happen to it?</numerusform>
                <numerusform>The tag “{0}” is used by %n annotations. What should happen to them?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="46" />
            <source>移到其他标签…</source>
            <translation>Move to Another Tag…</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="47" />
            <source>一并删除标注</source>
            <translation>Delete the Annotations</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="55" />
            <source>移到其他标签</source>
            <translation>Move to Another Tag</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="55" />
            <source>把这些标注移到：</source>
            <translation>Move these annotations to:</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="63" />
            <source>选择颜色</source>
            <translation>Choose a Colour</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="73" />
            <source>编辑标签</source>
            <translation>Edit Tags</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="77" />
            <source>查找标签（名称或拼音首字母）</source>
            <translation>Find a tag (name or pinyin initials)</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="81" />
            <source>标签</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="81" />
            <source>快捷键</source>
            <translation>Key</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="81" />
            <source>标注数</source>
            <translation>Used</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="90" />
            <source>无</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="95" />
            <source>名称：</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="96" />
            <source>颜色：</source>
            <translation>Colour:</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="97" />
            <source>上级标签：</source>
            <translation>Parent tag:</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="98" />
            <source>快捷键：</source>
            <translation>Shortcut key:</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="99" />
            <source>说明：</source>
            <translation>Description:</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="100" />
            <source>新建标签</source>
            <translation>New Tag</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="101" />
            <source>新建子标签</source>
            <translation>New Child Tag</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="102" />
            <source>上移</source>
            <translation>Move Up</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="103" />
            <source>下移</source>
            <translation>Move Down</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="186" />
            <source>（无，顶层标签）</source>
            <translation>(none: top-level tag)</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="249" />
            <source>新标签</source>
            <translation>New tag</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="280" />
            <source>调整标签顺序</source>
            <translation>Reorder Tags</translation>
        </message>
        <message>
            <location filename="../../ui/tags/editor.py" line="294" />
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
            <location filename="../../ui/tasks.py" line="252" />
            <location filename="../../ui/tasks.py" line="261" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/tasks.py" line="253" />
            <source>请稍候</source>
            <translation>Please Wait</translation>
        </message>
    </context>
    <context>
        <name>UndoFollower</name>
        <message>
            <location filename="../../ui/undo_follow.py" line="42" />
            <source>已撤销：{0}（{1}）</source>
            <translation>Undone: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/undo_follow.py" line="42" />
            <source>已重做：{0}（{1}）</source>
            <translation>Redone: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/undo_follow.py" line="45" />
            <source>已撤销：{0}</source>
            <translation>Undone: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/undo_follow.py" line="45" />
            <source>已重做：{0}</source>
            <translation>Redone: {0}</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../ui/cli_commands.py" line="60" />
            <source>文档编号应为数字，用逗号分隔：{0}</source>
            <translation>Document numbers must be numbers separated by commas: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="98" />
            <source>标题：{0}
发布机构：{1}
日期：{2}
文号：{3}</source>
            <translation>Title: {0}
Issuer: {1}
Date: {2}
Document number: {3}</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="105" />
            <source>标题候选：</source>
            <translation>Title options: </translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="106" />
            <source>发布机构候选：</source>
            <translation>Issuer options: </translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="107" />
            <source>日期候选：</source>
            <translation>Date options: </translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="112" />
            <source>{0}（{1}）</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="112" />
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="114" />
            <source>繁体</source>
            <translation>Traditional</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="114" />
            <source>简体</source>
            <translation>Simplified</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="115" />
            <source>字体：{0}　正文长度：{1}</source>
            <translation>Script: {0}  Text length: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="121" />
            <source>疑似乱码 [{0}-{1}]：{2}</source>
            <translation>Possibly garbled [{0}-{1}]: {2}</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="146" />
            <source>已导入：{0}</source>
            <translation>Imported: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="147" />
            <source>已存在：{0}</source>
            <translation>Already in the project: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="151" />
            <source>已拒绝：{0}：{1}</source>
            <translation>Refused: {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="155" />
            <source>（文档 {0}：{1}）</source>
            <translation> (document {0}: {1})</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="168" />
            <source>错误：项目正在窗口中打开。请在窗口中用“工具 › 合并重复标注…”，或先关闭窗口再运行。</source>
            <translation>Error: the project is open in a window. Use Tools › Merge Duplicate Annotations… there, or close the window and run this again.</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="173" />
            <source>有 {0} 条重复标注可合并（未改动项目）。</source>
            <translation>Duplicate annotations that can be merged: {0} (the project was not changed).</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="178" />
            <source>已合并 {0} 条重复标注（保留字段较全的一条，备注合在一起）。</source>
            <translation>Duplicate annotations merged: {0} (the one with more fields kept, notes joined).</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="203" />
            <source>（无标题）{0}</source>
            <translation>(untitled) {0}</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="206" />
            <source>项目中没有报告。</source>
            <translation>The project has no reports.</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="223" />
            <source>条标注</source>
            <translation>annotations</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="223" />
            <source>条建议（在窗口中审阅）</source>
            <translation>suggestions (review them in the window)</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="226" />
            <source>文档 {0}：新增 {1} {2}</source>
            <translation>Document {0}: {1} new {2}</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="230" />
            <source>共 {0} 份报告，新增 {1} {2}</source>
            <translation>Reports: {0}, {1} new {2}</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="254" />
            <source>文档 {0}：已存入 {1} 条标注</source>
            <translation>Document {0}: annotations stored: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="283" />
            <source>共 {0} 条建议</source>
            <translation>Suggestions: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="300" />
            <source>项目中没有名为“{0}”的标签。</source>
            <translation>The project has no tag named “{0}”.</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="317" />
            <source>已导出 {0} 条标注到 {1}</source>
            <translation>Annotations exported: {0}, to {1}</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="325" />
            <source>另有 {0} 条建议尚未确认（在窗口中审阅，或加 --include-suggested 一并导出）。</source>
            <translation>Suggestions not yet accepted: {0} (review them in the window, or add --include-suggested to export them too).</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="342" />
            <source>共 {0} 处</source>
            <translation>Hits: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="366" />
            <source>注：左文档尚无指标标注，以上为临时找出的指标建议（未存入项目）。</source>
            <translation>Note: the left report has no indicator annotations yet; the indicators above were found for this comparison only (not stored in the project).</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="367" />
            <source>注：右文档尚无指标标注，以上为临时找出的指标建议（未存入项目）。</source>
            <translation>Note: the right report has no indicator annotations yet; the indicators above were found for this comparison only (not stored in the project).</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="368" />
            <source>注：左文档没有可用的指标。</source>
            <translation>Note: the left report has no indicators to compare.</translation>
        </message>
        <message>
            <location filename="../../ui/cli_commands.py" line="369" />
            <source>注：右文档没有可用的指标。</source>
            <translation>Note: the right report has no indicators to compare.</translation>
        </message>
        <message>
            <location filename="../../main.py" line="175" />
            <source>已中断。</source>
            <translation>Interrupted.</translation>
        </message>
        <message>
            <location filename="../../main.py" line="187" />
            <source>错误：{0}</source>
            <translation>Error: {0}</translation>
        </message>
        <message>
            <location filename="../../main.py" line="189" />
            <source>错误：发生意外问题（{0}：{1}）。加 --debug 查看详情。</source>
            <translation>Error: something unexpected went wrong ({0}: {1}). Add --debug to see the details.</translation>
        </message>
        <message>
            <location filename="../../main.py" line="75" />
            <source>项目文件（默认：用户数据目录中的默认项目）</source>
            <translation>project file (default: the default project in the user data folder)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="82" />
            <source>报告标注 ReportMark</source>
            <translation>ReportMark</translation>
        </message>
        <message>
            <location filename="../../main.py" line="83" />
            <source>出错时显示完整的调试信息</source>
            <translation>show the full debugging details on an error</translation>
        </message>
        <message>
            <location filename="../../main.py" line="85" />
            <source>显示版本号并退出</source>
            <translation>show the version number and exit</translation>
        </message>
        <message>
            <location filename="../../main.py" line="88" />
            <source>界面语言</source>
            <translation>interface language</translation>
        </message>
        <message>
            <location filename="../../main.py" line="93" />
            <source>打开主窗口（默认）</source>
            <translation>open the main window (default)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="96" />
            <source>把报告文件或文件夹导入项目</source>
            <translation>import report files or folders into the project</translation>
        </message>
        <message>
            <location filename="../../main.py" line="100" />
            <source>解析一个报告文件并输出结构（不改动任何项目）</source>
            <translation>parse one report file and print its structure (changes no project)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="102" />
            <location filename="../../main.py" line="105" />
            <location filename="../../main.py" line="121" />
            <location filename="../../main.py" line="142" />
            <location filename="../../main.py" line="148" />
            <source>以 JSON 输出（供其他程序读取）</source>
            <translation>print JSON (for other programs to read)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="104" />
            <source>列出项目中的报告</source>
            <translation>list the reports in the project</translation>
        </message>
        <message>
            <location filename="../../main.py" line="108" />
            <source>合并重复标注（同一段文字、同一标签的两条已确认标注）</source>
            <translation>merge duplicate annotations (two confirmed annotations of the same text with the same tag)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="109" />
            <source>只统计，不改动项目</source>
            <translation>only count, do not change the project</translation>
        </message>
        <message>
            <location filename="../../main.py" line="112" />
            <source>找出报告中的指标、政策、问题建议</source>
            <translation>suggest the indicators, policies and problems in a report</translation>
        </message>
        <message>
            <location filename="../../main.py" line="117" />
            <source>报告文件，或项目中的文档编号（只显示建议）；省略时为项目中每份报告生成建议，存入项目待审阅</source>
            <translation>a report file, or a document number in the project (only shows the suggestions); without it, suggestions are made for every report in the project and stored there for review</translation>
        </message>
        <message>
            <location filename="../../main.py" line="122" />
            <source>把建议作为标注存入项目（批量预标注）</source>
            <translation>store the suggestions in the project as annotations (bulk pre-annotation)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="125" />
            <source>导出标注</source>
            <translation>export annotations</translation>
        </message>
        <message>
            <location filename="../../main.py" line="126" />
            <source>导出到的文件（如 标注.xlsx）</source>
            <translation>file to export to (e.g. annotations.xlsx)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="131" />
            <source>格式（默认按文件扩展名）；ledger 为台账：每个指标一行、每份报告一列</source>
            <translation>format (by default from the file extension); ledger: one row per indicator, one column per report</translation>
        </message>
        <message>
            <location filename="../../main.py" line="133" />
            <source>标签名称，逗号分隔（含子标签）</source>
            <translation>tag names, comma-separated (with their sub-tags)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="134" />
            <source>文档编号，逗号分隔</source>
            <translation>document numbers, comma-separated</translation>
        </message>
        <message>
            <location filename="../../main.py" line="135" />
            <source>连同尚未确认的建议一起导出</source>
            <translation>also export the suggestions not yet confirmed</translation>
        </message>
        <message>
            <location filename="../../main.py" line="136" />
            <source>英文表头</source>
            <translation>English column headers</translation>
        </message>
        <message>
            <location filename="../../main.py" line="137" />
            <source>CSV 使用 GB18030 编码</source>
            <translation>write the CSV in the GB18030 encoding</translation>
        </message>
        <message>
            <location filename="../../main.py" line="140" />
            <source>在项目全文中搜索</source>
            <translation>search the full text of the project</translation>
        </message>
        <message>
            <location filename="../../main.py" line="141" />
            <source>要搜索的词</source>
            <translation>words to search for</translation>
        </message>
        <message>
            <location filename="../../main.py" line="145" />
            <source>对比两份报告（文件或文档编号）</source>
            <translation>compare two reports (files or document numbers)</translation>
        </message>
        <message>
            <location filename="../../main.py" line="146" />
            <source>左侧：报告文件或项目中的文档编号</source>
            <translation>left: a report file or a document number in the project</translation>
        </message>
        <message>
            <location filename="../../main.py" line="147" />
            <source>右侧：报告文件或项目中的文档编号</source>
            <translation>right: a report file or a document number in the project</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <location filename="../../ui/commands.py" line="79" />
            <source>添加标注</source>
            <translation>Add Annotation</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="105" />
            <source>删除标注</source>
            <translation>Delete Annotation</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="136" />
            <source>更改标签</source>
            <translation>Change Tag</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="143" />
            <source>编辑备注</source>
            <translation>Edit Note</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="152" />
            <source>编辑属性</source>
            <translation>Edit Attributes</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="161" />
            <source>新建标签</source>
            <translation>New Tag</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="183" />
            <source>修改标签</source>
            <translation>Edit Tag</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="201" />
            <source>删除标签</source>
            <translation>Delete Tag</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="227" />
            <source>修复乱码</source>
            <translation>Repair Garbled Text</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="229" />
            <source>修复 {0} 处乱码</source>
            <translation>Repair {0} Garbled Passages</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="250" />
            <source>合并重复标注</source>
            <translation>Merge duplicate annotations</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="268" />
            <source>合并“{0}”</source>
            <translation>Merge “{0}”</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="293" />
            <source>修改标题</source>
            <translation>Edit title</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="294" />
            <source>修改发布机构</source>
            <translation>Edit issuer</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="295" />
            <source>修改日期</source>
            <translation>Edit date</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="296" />
            <source>修改文号</source>
            <translation>Edit document number</translation>
        </message>
        <message>
            <location filename="../../ui/commands.py" line="298" />
            <source>修改文档信息</source>
            <translation>Edit document information</translation>
        </message>
    </context>
    <context>
        <name>compare</name>
        <message>
            <location filename="../../ui/compare/__init__.py" line="140" />
            <source>与当前文档对比</source>
            <translation>Compare with Current Document</translation>
        </message>
        <message>
            <location filename="../../ui/compare/choices.py" line="149" />
            <source>正在读取报告列表……</source>
            <translation>Reading the list of reports…</translation>
        </message>
        <message>
            <location filename="../../ui/compare/__init__.py" line="119" />
            <source>对比两份报告(&amp;C)…</source>
            <translation>&amp;Compare Two Reports…</translation>
        </message>
        <message>
            <location filename="../../ui/compare/__init__.py" line="123" />
            <source>版本差异(&amp;V)…</source>
            <translation>Compare &amp;Versions…</translation>
        </message>
        <message>
            <location filename="../../ui/compare/__init__.py" line="126" />
            <source>计划与完成对照(&amp;R)…</source>
            <translation>Plan vs. &amp;Results…</translation>
        </message>
        <message>
            <location filename="../../ui/compare/__init__.py" line="129" />
            <source>多文档矩阵(&amp;M)…</source>
            <translation>Multi-Document &amp;Matrix…</translation>
        </message>
        <message>
            <location filename="../../ui/compare/__init__.py" line="70" />
            <source>对比两份报告</source>
            <translation>Compare Two Reports</translation>
        </message>
        <message>
            <location filename="../../ui/compare/__init__.py" line="70" />
            <source>左侧文档：</source>
            <translation>Left document:</translation>
        </message>
        <message>
            <location filename="../../ui/compare/__init__.py" line="70" />
            <source>右侧文档：</source>
            <translation>Right document:</translation>
        </message>
        <message>
            <location filename="../../ui/compare/__init__.py" line="71" />
            <source>版本差异</source>
            <translation>Version Differences</translation>
        </message>
        <message>
            <location filename="../../ui/compare/__init__.py" line="71" />
            <source>原版本：</source>
            <translation>Old version:</translation>
        </message>
        <message>
            <location filename="../../ui/compare/__init__.py" line="71" />
            <source>新版本：</source>
            <translation>New version:</translation>
        </message>
        <message>
            <location filename="../../ui/compare/__init__.py" line="72" />
            <source>计划与完成对照</source>
            <translation>Plan vs. Results</translation>
        </message>
        <message>
            <location filename="../../ui/compare/__init__.py" line="72" />
            <source>计划文档：</source>
            <translation>Plan document:</translation>
        </message>
        <message>
            <location filename="../../ui/compare/__init__.py" line="72" />
            <source>完成情况文档：</source>
            <translation>Results document:</translation>
        </message>
        <message>
            <location filename="../../ui/compare/export.py" line="35" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/compare/export.py" line="35" />
            <source>CSV 文件 (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/compare/export.py" line="37" />
            <source>导出表格</source>
            <translation>Export Table</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../ui/errors.py" line="52" />
            <source>抱歉，出现了意外错误，刚才的操作没有完成。详细信息已记录在日志文件中。</source>
            <translation>Sorry, something unexpected went wrong and the last action was not completed. The details have been written to the log file.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="63" />
            <source>报告标注</source>
            <translation>ReportMark</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="66" />
            <source>日志文件：{0}</source>
            <translation>Log file: {0}</translation>
        </message>
    </context>
    <context>
        <name>importer</name>
        <message>
            <location filename="../../ui/library/importer.py" line="33" />
            <source>{0}，{1}，{2}。</source>
            <translation>{0}, {1}, {2}.</translation>
        </message>
        <message>
            <location filename="../../ui/library/importer.py" line="39" />
            <source>{0}：已在项目中</source>
            <translation>{0}: already in the project</translation>
        </message>
        <message>
            <location filename="../../ui/library/importer.py" line="53" />
            <source>导入已取消：{0}。</source>
            <translation>Import cancelled: {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/library/importer.py" line="54" />
            <source>导入完成：{0}。</source>
            <translation>Import finished: {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/library/importer.py" line="59" />
            <source>导入完成</source>
            <translation>Import Finished</translation>
        </message>
        <message>
            <location filename="../../ui/library/importer.py" line="59" />
            <source>导入已取消</source>
            <translation>Import cancelled</translation>
        </message>
        <message>
            <location filename="../../ui/library/importer.py" line="115" />
            <source>正在导入报告……</source>
            <translation>Importing reports…</translation>
        </message>
        <message>
            <location filename="../../ui/library/importer.py" line="122" />
            <source>上次导入没有完成</source>
            <translation>The last import did not finish</translation>
        </message>
        <message>
            <location filename="../../ui/library/importer.py" line="123" />
            <source>继续导入</source>
            <translation>Import the rest</translation>
        </message>
        <message>
            <location filename="../../ui/library/importer.py" line="124" />
            <source>不再导入</source>
            <translation>Do not import</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/library/importer.py" line="145" />
            <source>……另有 %n 个文件</source>
            <translation>
                <numerusform>… and %n more file</numerusform>
                <numerusform>… and %n more files</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/library/importer.py" line="148" />
            <source>上次导入在完成前中断了（程序被关闭）。已导入的报告都在项目中；{0}</source>
            <translation>The last import stopped before it finished (the program was closed). The reports it imported are in the project; {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/library/importer.py" line="51" />
            <location filename="../../ui/library/importer.py" line="34" />
            <source>已导入 %n 个文件</source>
            <translation>
                <numerusform>%n file imported</numerusform>
                <numerusform>%n files imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/library/importer.py" line="147" />
            <source>还有 %n 个文件没有导入：</source>
            <translation>
                <numerusform>%n file was not imported:</numerusform>
                <numerusform>%n files were not imported:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/library/importer.py" line="35" />
            <source>已存在 %n 个</source>
            <translation>
                <numerusform>%n already in the project</numerusform>
                <numerusform>%n already in the project</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/library/importer.py" line="36" />
            <source>未能导入 %n 个</source>
            <translation>
                <numerusform>%n could not be imported</numerusform>
                <numerusform>%n could not be imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/library/importer.py" line="42" />
            <source>……另有 %n 个文件已在项目中。</source>
            <translation>
                <numerusform>…and %n more file already in the project.</numerusform>
                <numerusform>…and %n more files already in the project.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/library/importer.py" line="45" />
            <source>……另有 %n 个文件未能导入。</source>
            <translation>
                <numerusform>…and %n more file could not be imported.</numerusform>
                <numerusform>…and %n more files could not be imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>models</name>
        <message>
            <location filename="../../models/errors.py" line="135" />
            <source>操作已取消。</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <location filename="../../models/importing.py" line="129" />
            <source>{0}（文字识别 {1}/{2} 页）</source>
            <translation>{0} (OCR: {1} of {2} pages read)</translation>
        </message>
        <message>
            <location filename="../../models/importing.py" line="82" />
            <source>文件“{0}”太大，无法导入。</source>
            <translation>The file “{0}” is too large to import.</translation>
        </message>
        <message>
            <location filename="../../models/importing.py" line="86" />
            <source>文件“{0}”的结构嵌套过深，无法读取。</source>
            <translation>The file “{0}” is nested too deeply to be read.</translation>
        </message>
        <message>
            <location filename="../../models/importing.py" line="124" />
            <source>导入已取消（已完成 {0} / {1} 个文件）。</source>
            <translation>Import cancelled ({0} of {1} files done).</translation>
        </message>
        <message>
            <location filename="../../models/importing.py" line="105" />
            <source>文件夹“{0}”中没有可导入的报告文件。</source>
            <translation>The folder “{0}” has no report files that can be imported.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read.py" line="35" />
            <source>.txt、.docx、.doc、.wps、.html/.htm、.pdf、.ofd 和扫描图片（.png/.jpg/.tif）</source>
            <translation>.txt, .docx, .doc, .wps, .html/.htm, .pdf, .ofd and scanned images (.png/.jpg/.tif)</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read.py" line="71" />
            <source>不支持“{0}”类型；</source>
            <translation>files of type “{0}” are not supported</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read.py" line="71" />
            <source>文件没有扩展名，无法判断类型；</source>
            <translation>the file has no extension, so its type is unknown</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read.py" line="73" />
            <source>无法读取文件“{0}”：{1}支持的类型为 {2}。</source>
            <translation>Cannot read the file “{0}”: {1}. The supported types are {2}.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read.py" line="86" />
            <source>文件“{0}”有 {1:.1f} MB，超过了 {2} MB 的上限，不像是一份工作报告，未读取。</source>
            <translation>The file “{0}” is {1:.1f} MB, more than the limit of {2} MB; it does not look like a work report and was not read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read.py" line="123" />
            <source>“{0}”是一个文件夹，不是文件。</source>
            <translation>“{0}” is a folder, not a file.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read.py" line="125" />
            <source>“{0}”不是普通文件，无法读取。</source>
            <translation>“{0}” is not an ordinary file and cannot be read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read.py" line="128" />
            <location filename="../../models/ingest/read.py" line="133" />
            <source>没有读取文件“{0}”的权限。</source>
            <translation>You do not have permission to read the file “{0}”.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read.py" line="160" />
            <source>文件“{0}”是空的，没有可读的文字。</source>
            <translation>The file “{0}” is empty: it has no text to read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read.py" line="204" />
            <source>文件“{0}”中没有可读的文字。</source>
            <translation>The file “{0}” has no readable text.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read.py" line="119" />
            <source>找不到文件“{0}”（{1}）。</source>
            <translation>The file “{0}” cannot be found ({1}).</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read.py" line="121" />
            <location filename="../../models/ingest/read.py" line="135" />
            <source>无法读取文件“{0}”：{1}。</source>
            <translation>Cannot read the file “{0}”: {1}.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_doc.py" line="35" />
            <source>读取“{0}”需要 LibreOffice，但本机没有安装；请安装 Debian 软件包 {1}（或在 Word/WPS 中另存为 .docx）后再导入。</source>
            <translation>Reading “{0}” needs LibreOffice, which is not installed on this computer. Install the Debian package {1} (or save the file as .docx in Word or WPS), then import it again.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_doc.py" line="49" />
            <source>WPS 文字文档</source>
            <translation>WPS Writer document</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_doc.py" line="49" />
            <source>Word 97–2003 文档</source>
            <translation>Word 97–2003 document</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_doc.py" line="50" />
            <source>文件“{0}”不是有效的{1}（文件头不对，可能已损坏或扩展名有误）。</source>
            <translation>The file “{0}” is not a valid {1} (its header is wrong: it may be damaged or have the wrong extension).</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_doc.py" line="104" />
            <source>文件“{0}”无法转换，可能已损坏或不是 Word/WPS 文档。</source>
            <translation>The file “{0}” could not be converted: it may be damaged or not a Word/WPS document.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_doc.py" line="99" />
            <source>转换“{0}”超时（超过 {1} 秒），文件可能已损坏，未读取。</source>
            <translation>Converting “{0}” took too long (over {1} seconds); the file may be damaged and was not read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_docx.py" line="32" />
            <source>文件“{0}”实际是旧版 Word 文档（.doc），只是扩展名为 .docx；请在 Word 或 WPS 中另存为 .docx 后再导入。</source>
            <translation>The file “{0}” is really an old Word document (.doc) with a .docx extension. Save it as .docx in Word or WPS, then import it again.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_docx.py" line="47" />
            <location filename="../../models/ingest/read_ofd.py" line="58" />
            <source>文件“{0}”解压后超过 {1} MB，可能是损坏或恶意构造的文件，未读取。</source>
            <translation>The file “{0}” unpacks to more than {1} MB; it may be damaged or deliberately malformed, and was not read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_docx.py" line="55" />
            <source>文件“{0}”是一个压缩包，但不是 Word 文档（缺少正文部分）。</source>
            <translation>The file “{0}” is a compressed archive but not a Word document (it has no document body).</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_docx.py" line="42" />
            <source>文件“{0}”不是有效的 .docx 文档（文件已损坏或不是 Word 文档）。</source>
            <translation>The file “{0}” is not a valid .docx document (it is damaged or not a Word document).</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_docx.py" line="66" />
            <source>文件“{0}”的正文部分解压后超过 {1} MB，不像是一份工作报告，未读取。</source>
            <translation>The body of the file “{0}” unpacks to more than {1} MB; it does not look like a work report and was not read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_docx.py" line="86" />
            <source>文件“{0}”的段落超过了 {1:,} 段的上限，可能是损坏或恶意构造的文件，未读取。</source>
            <translation>The file “{0}” has more than the limit of {1:,} paragraphs; it may be damaged or deliberately malformed, and was not read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_docx.py" line="259" />
            <source>文件“{0}”不是有效的 .docx 文档（内容已损坏，无法解析）。</source>
            <translation>The file “{0}” is not a valid .docx document (its content is damaged and cannot be read).</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_docx.py" line="78" />
            <source>文件“{0}”不是有效的 .docx 文档（文件已损坏）。</source>
            <translation>The file “{0}” is not a valid .docx document (the file is damaged).</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_docx.py" line="250" />
            <source>文件“{0}”的文字超过 {1}M 字，不像是一份工作报告，未读取。</source>
            <translation>The file “{0}” has more than {1} million characters of text; it does not look like a work report and was not read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_html.py" line="150" />
            <source>文件“{0}”虽然是网页文件的扩展名，实际是{1}，无法作为网页读取。</source>
            <translation>The file “{0}” has a web page's extension but is really {1}, so it cannot be read as a web page.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_html.py" line="234" />
            <source>无法解析网页文件“{0}”。</source>
            <translation>Cannot read the web page file “{0}”.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_image.py" line="30" />
            <source>图片“{0}”有 {1} 页，超过了 {2} 页的上限，未读取。</source>
            <translation>The image “{0}” has {1} pages, more than the limit of {2}; it was not read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_image.py" line="34" />
            <source>图片“{0}”中没有识别出文字（文字识别 OCR 未找到文字）。</source>
            <translation>No text was recognized in the image “{0}” (text recognition (OCR) found none).</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ocr.py" line="101" />
            <source>图片“{0}”中没有图像。</source>
            <translation>The image file “{0}” holds no picture.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ocr.py" line="97" />
            <source>图片“{0}”的尺寸过大，不像是一页报告，未读取。</source>
            <translation>The image “{0}” is too large to be a page of a report; it was not read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ocr.py" line="99" />
            <source>图片“{0}”已损坏或不是图片，无法读取。</source>
            <translation>The image “{0}” is damaged or not an image, and cannot be read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ocr.py" line="116" />
            <source>已取消识别“{0}”（已识别 {1} / {2} 页）。</source>
            <translation>Text recognition of “{0}” cancelled ({1} of {2} pages done).</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ocr.py" line="43" />
            <source>“{0}”是扫描件或图片，需要文字识别（OCR）才能读取，但本机没有安装 OCR 组件；请安装 Python 包 {1} 后再导入。</source>
            <translation>“{0}” is a scan or an image and needs text recognition (OCR) to be read, but OCR is not installed on this computer. Install the Python package {1}, then import it again.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ocr.py" line="90" />
            <source>图片“{0}”的尺寸过大（{1}×{2}），不像是一页报告，未读取。</source>
            <translation>The image “{0}” is too large ({1}×{2}) to be a page of a report; it was not read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ofd.py" line="38" />
            <source>文件已损坏或不是 OFD 文档</source>
            <translation>the file is damaged or not an OFD document</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ofd.py" line="39" />
            <source>文件“{0}”不是有效的 .ofd 文档（{1}）。</source>
            <translation>The file “{0}” is not a valid .ofd document ({1}).</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ofd.py" line="174" />
            <source>OFD.xml 中没有文档</source>
            <translation>OFD.xml lists no document</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ofd.py" line="189" />
            <source>OFD.xml 中没有 DocRoot</source>
            <translation>OFD.xml has no DocRoot</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ofd.py" line="208" />
            <source>OFD 文件“{0}”有 {1} 页，超过了 {2} 页的上限，未读取。</source>
            <translation>The OFD file “{0}” has {1} pages, more than the limit of {2}; it was not read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ofd.py" line="221" />
            <source>OFD 文件“{0}”没有任何页面。</source>
            <translation>The OFD file “{0}” has no pages.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ofd.py" line="55" />
            <source>包含 {0} 个部件，可能是恶意构造的文件</source>
            <translation>it has {0} parts and may be deliberately malformed</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ofd.py" line="66" />
            <source>缺少 OFD.xml</source>
            <translation>OFD.xml is missing</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ofd.py" line="73" />
            <source>引用“{0}”指向包外</source>
            <translation>the reference “{0}” points outside the package</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ofd.py" line="81" />
            <source>缺少部件 {0}</source>
            <translation>the part {0} is missing</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ofd.py" line="83" />
            <location filename="../../models/ingest/read_ofd.py" line="90" />
            <source>部件 {0} 过大</source>
            <translation>the part {0} is too large</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ofd.py" line="92" />
            <source>XML 中含有文档类型声明，可能是恶意构造的文件</source>
            <translation>its XML has a document type declaration and may be deliberately malformed</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ofd.py" line="63" />
            <source>部件名“{0}”指向包外，可能是恶意构造的文件</source>
            <translation>the part name “{0}” points outside the package and may be deliberately malformed</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ofd.py" line="88" />
            <source>部件 {0} 无法解压</source>
            <translation>the part {0} cannot be unpacked</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_ofd.py" line="99" />
            <source>部件 {0} 的 XML 无法解析</source>
            <translation>the XML of the part {0} cannot be read</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_pdf.py" line="37" />
            <source>文件“{0}”不是有效的 PDF 文件（文件头不对，可能已损坏或扩展名有误）。</source>
            <translation>The file “{0}” is not a valid PDF file (its header is wrong: it may be damaged or have the wrong extension).</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_pdf.py" line="201" />
            <source>PDF 文件“{0}”没有可提取的文字（共 {1} 页，页面上没有文字层，也没有可识别的扫描件图像）。</source>
            <translation>The PDF file “{0}” has no text to extract ({1} pages, with no text layer and no scanned images to recognize).</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_pdf.py" line="45" />
            <location filename="../../models/ingest/read_pdf.py" line="191" />
            <source>PDF 文件“{0}”已损坏，无法解析。</source>
            <translation>The PDF file “{0}” is damaged and cannot be read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_pdf.py" line="154" />
            <source>PDF 文件“{0}”没有任何页面。</source>
            <translation>The PDF file “{0}” has no pages.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_pdf.py" line="157" />
            <source>PDF 文件“{0}”有 {1} 页，超过了 {2} 页的上限，不像是一份工作报告，未读取。</source>
            <translation>The PDF file “{0}” has {1} pages, more than the limit of {2}; it does not look like a work report and was not read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_pdf.py" line="198" />
            <source>PDF 文件“{0}”是扫描件，文字识别（OCR）没有识别出文字（共 {1} 页）。</source>
            <translation>The PDF file “{0}” is a scan and text recognition (OCR) found no text ({1} pages).</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_pdf.py" line="43" />
            <source>PDF 文件“{0}”设置了打开密码，无法读取；请先用 PDF 软件去除密码后再导入。</source>
            <translation>The PDF file “{0}” is protected by a password and cannot be read. Remove the password with a PDF program, then import it again.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_pdf.py" line="173" />
            <source>PDF 文件“{0}”的文字超过 {1}M 字，不像是一份工作报告，未读取。</source>
            <translation>The PDF file “{0}” has more than {1} million characters of text; it does not look like a work report and was not read.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="88" />
            <source>PNG 图片</source>
            <translation>a PNG image</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="89" />
            <source>JPEG 图片</source>
            <translation>a JPEG image</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="90" />
            <source>GIF 图片</source>
            <translation>a GIF image</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="91" />
            <source>WEBP 图片</source>
            <translation>a WEBP image</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="92" />
            <source>TIFF 图片</source>
            <translation>a TIFF image</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="93" />
            <source>PDF 文件</source>
            <translation>a PDF file</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="94" />
            <source>ZIP 压缩包（或 .docx/.xlsx 等 Office 文档）</source>
            <translation>a ZIP archive (or an Office document such as .docx/.xlsx)</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="95" />
            <source>ZIP 压缩包</source>
            <translation>a ZIP archive</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="96" />
            <source>旧版 Office 文档（.doc/.xls/.wps 等）</source>
            <translation>an old Office document (.doc/.xls/.wps or similar)</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="97" />
            <source>RAR 压缩包</source>
            <translation>a RAR archive</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="98" />
            <source>7z 压缩包</source>
            <translation>a 7z archive</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="99" />
            <source>GZIP 压缩包</source>
            <translation>a GZIP archive</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="100" />
            <source>程序文件</source>
            <translation>a program</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="101" />
            <source>Windows 程序文件（.exe/.dll）</source>
            <translation>Windows program (.exe/.dll)</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="83" />
            <source> {0}</source>
            <translation>{0}</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="128" />
            <location filename="../../models/ingest/read_text.py" line="283" />
            <source>文件“{0}”含有二进制数据（空字节），不是文本文件。</source>
            <translation>The file “{0}” contains binary data (zero bytes); it is not a text file.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="264" />
            <source>文件“{0}”虽然是文本文件的扩展名，实际是{1}，无法作为文本读取。</source>
            <translation>The file “{0}” has a text file's extension but is really {1}, so it cannot be read as text.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="337" />
            <source>无法识别文件“{0}”的文字编码：按 UTF-8、GB18030/GBK、Big5 解码都得不到像样的中文，文件可能不是文本文件或已损坏。</source>
            <translation>Cannot tell the text encoding of the file “{0}”: none of UTF-8, GB18030/GBK or Big5 gives sensible Chinese. The file may not be a text file, or it may be damaged.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="345" />
            <source>文件“{0}”（{1} 编码）的最后一个字只有半截，文件可能没有保存完整或下载不全，请重新获取完整的文件。</source>
            <translation>The last character of the file “{0}” ({1} encoding) is cut in half: the file may not have been saved or downloaded completely. Please get the complete file again.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="353" />
            <source>文件“{0}”中有 {1} 处无法按 {2} 编码识别的字节，文件可能已损坏。</source>
            <translation>The file “{0}” has {1} bytes that are not valid {2}; the file may be damaged.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="132" />
            <source>文件“{0}”含有大量控制字符，像是二进制文件，不是文本文件。</source>
            <translation>The file “{0}” contains many control characters; it looks like a binary file, not a text file.</translation>
        </message>
        <message>
            <location filename="../../models/ingest/read_text.py" line="272" />
            <source>文件“{0}”标明是 {1} 编码，但第 {2} 字节处的内容不符合该编码，文件可能已损坏或被截断。</source>
            <translation>The file “{0}” is marked as {1}, but the content at byte {2} does not match that encoding; the file may be damaged or cut short.</translation>
        </message>
        <message>
            <location filename="../../models/ops.py" line="42" />
            <source>项目文件不存在：{0}。新建项目请用 import 或 gui 命令。</source>
            <translation>The project file does not exist: {0}. To create a project, use the import or gui command.</translation>
        </message>
        <message>
            <location filename="../../models/ops.py" line="55" />
            <source>{0}可以恢复最近的备份（{1}）。</source>
            <translation>{0} The latest backup ({1}) can be restored.</translation>
        </message>
        <message>
            <location filename="../../models/store/checkpoint.py" line="78" />
            <source>副本不能保存为项目文件本身“{0}”，请换一个文件名。</source>
            <translation>A copy cannot be saved over the project file itself (“{0}”); choose another file name.</translation>
        </message>
        <message>
            <location filename="../../models/store/diskerrors.py" line="62" />
            <source>保存</source>
            <translation>save</translation>
        </message>
        <message>
            <location filename="../../models/store/diskerrors.py" line="62" />
            <source>打开</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../models/store/diskerrors.py" line="62" />
            <source>备份</source>
            <translation>back up</translation>
        </message>
        <message>
            <location filename="../../models/store/diskerrors.py" line="62" />
            <source>导出</source>
            <translation>export</translation>
        </message>
        <message>
            <location filename="../../models/store/diskerrors.py" line="37" />
            <source>“{0}”</source>
            <translation>“{0}”</translation>
        </message>
        <message>
            <location filename="../../models/store/diskerrors.py" line="37" />
            <location filename="../../models/store/diskerrors.py" line="38" />
            <source>项目</source>
            <translation>the project</translation>
        </message>
        <message>
            <location filename="../../models/store/diskerrors.py" line="38" />
            <source>项目“{0}”</source>
            <translation>the project “{0}”</translation>
        </message>
        <message>
            <location filename="../../models/store/diskerrors.py" line="58" />
            <source>无法{0}{1}：文件已损坏或不是报告标注项目。</source>
            <translation>Cannot {0} {1}: the file is damaged or not a ReportMark project.</translation>
        </message>
        <message>
            <location filename="../../models/store/diskerrors.py" line="45" />
            <source>无法{0}{1}：{2}。</source>
            <translation>Cannot {0} {1}: {2}.</translation>
        </message>
        <message>
            <location filename="../../models/store/diskerrors.py" line="49" />
            <location filename="../../models/store/diskerrors.py" line="53" />
            <location filename="../../models/store/diskerrors.py" line="44" />
            <source>{0}或其所在文件夹是只读的，无法{1}。请检查文件权限。</source>
            <translation>{0} or its folder is read-only, so ReportMark cannot {1}. Please check the file permissions.</translation>
        </message>
        <message>
            <location filename="../../models/store/diskerrors.py" line="51" />
            <source>另一个程序正在使用{0}，暂时无法{1}。请关闭它后再试。</source>
            <translation>Another program is using {0}, so ReportMark cannot {1} it now. Please close that program and try again.</translation>
        </message>
        <message>
            <location filename="../../models/store/diskerrors.py" line="55" />
            <location filename="../../models/store/diskerrors.py" line="42" />
            <source>磁盘空间已满，无法{0}{1}。请清理磁盘后再试。</source>
            <translation>The disk is full, so ReportMark cannot {0} {1}. Please free some space and try again.</translation>
        </message>
        <message>
            <location filename="../../models/store/diskerrors.py" line="57" />
            <source>无法{0}{1}：无法打开文件，请检查文件夹是否存在且可写。</source>
            <translation>Cannot {0} {1}: the file cannot be opened. Please check that the folder exists and is writable.</translation>
        </message>
        <message>
            <location filename="../../models/store/document_rows.py" line="68" />
            <source>“{0}”已在项目中（与“{1}”内容相同）。</source>
            <translation>“{0}” is already in the project (same content as “{1}”).</translation>
        </message>
        <message>
            <location filename="../../models/store/schema_check.py" line="59" />
            <source>项目“{0}”由更新版本的报告标注创建，请先升级本软件。</source>
            <translation>The project “{0}” was made by a newer version of ReportMark. Please upgrade this program first.</translation>
        </message>
        <message>
            <location filename="../../models/store/schema_check.py" line="62" />
            <source>“{0}”不是报告标注项目文件（缺少文档表）。</source>
            <translation>“{0}” is not a ReportMark project file (it has no documents table).</translation>
        </message>
        <message>
            <location filename="../../models/store/schema_check.py" line="56" />
            <source>“{0}”不是报告标注项目文件（它是别的程序的数据库）。</source>
            <translation>“{0}” is not a ReportMark project file (it is another program's database).</translation>
        </message>
    </context>
    <context>
        <name>review</name>
        <message>
            <location filename="../../ui/review/commands.py" line="61" />
            <source>接受建议</source>
            <translation>Accept Suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/review/commands.py" line="61" />
            <source>接受 {0} 条建议</source>
            <translation>Accept {0} Suggestions</translation>
        </message>
        <message>
            <location filename="../../ui/review/commands.py" line="63" />
            <source>拒绝建议</source>
            <translation>Reject Suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/review/commands.py" line="63" />
            <source>拒绝 {0} 条建议</source>
            <translation>Reject {0} Suggestions</translation>
        </message>
        <message>
            <location filename="../../ui/review/commands.py" line="64" />
            <source>更改建议状态</source>
            <translation>Change Suggestion Status</translation>
        </message>
        <message>
            <location filename="../../ui/review/__init__.py" line="46" />
            <source>建议审阅</source>
            <translation>Review suggestions</translation>
        </message>
        <message>
            <location filename="../../ui/review/__init__.py" line="95" />
            <source>建议(&amp;S)</source>
            <translation>&amp;Suggestions</translation>
        </message>
        <message>
            <location filename="../../ui/review/__init__.py" line="96" />
            <source>审阅建议(&amp;R)</source>
            <translation>&amp;Review suggestions</translation>
        </message>
        <message>
            <location filename="../../ui/review/__init__.py" line="100" />
            <source>生成建议（当前文档）(&amp;S)</source>
            <translation>&amp;Suggest (this document)</translation>
        </message>
        <message>
            <location filename="../../ui/review/__init__.py" line="103" />
            <source>为全部文档生成建议(&amp;L)</source>
            <translation>Suggest for a&amp;ll documents</translation>
        </message>
        <message>
            <location filename="../../ui/review/__init__.py" line="108" />
            <source>下一条建议(&amp;N)</source>
            <translation>&amp;Next suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/review/__init__.py" line="109" />
            <source>上一条建议(&amp;P)</source>
            <translation>&amp;Previous suggestion</translation>
        </message>
        <message>
            <location filename="../../ui/review/__init__.py" line="110" />
            <source>接受本节全部建议(&amp;A)</source>
            <translation>&amp;Accept all in this section</translation>
        </message>
        <message>
            <location filename="../../ui/review/__init__.py" line="117" />
            <source>导入后自动生成建议(&amp;U)</source>
            <translation>Suggest a&amp;utomatically after import</translation>
        </message>
    </context>
    <context>
        <name>safety</name>
        <message>
            <location filename="../../ui/safety/reimport.py" line="33" />
            <source>。</source>
            <translation>.</translation>
        </message>
        <message>
            <location filename="../../ui/safety/__init__.py" line="61" />
            <source>待重新定位的标注</source>
            <translation>Annotations to Place Again</translation>
        </message>
        <message>
            <location filename="../../ui/safety/__init__.py" line="79" />
            <source>重新导入修订版(&amp;V)…</source>
            <translation>Re-import Corrected &amp;Version…</translation>
        </message>
        <message>
            <location filename="../../ui/safety/__init__.py" line="83" />
            <source>备份与恢复(&amp;B)…</source>
            <translation>&amp;Backups and Restore…</translation>
        </message>
        <message>
            <location filename="../../ui/safety/__init__.py" line="81" />
            <source>用修订后的文件替换当前文档，标注随原文迁移</source>
            <translation>Replace the current document by a corrected file; annotations follow their text</translation>
        </message>
        <message>
            <location filename="../../ui/safety/backups.py" line="107" />
            <source>正在备份项目……</source>
            <translation>Backing up the project…</translation>
        </message>
        <message>
            <location filename="../../ui/safety/backups.py" line="117" />
            <location filename="../../ui/safety/backups.py" line="254" />
            <source>已备份项目</source>
            <translation>Project backed up</translation>
        </message>
        <message>
            <location filename="../../ui/safety/backups.py" line="135" />
            <source>备份项目失败，稍后会再试一次。</source>
            <translation>The project could not be backed up; ReportMark will try again later.</translation>
        </message>
        <message>
            <location filename="../../ui/safety/backups.py" line="163" />
            <source>备份与恢复</source>
            <translation>Backups and Restore</translation>
        </message>
        <message>
            <location filename="../../ui/safety/backups.py" line="167" />
            <source>项目打开时、编辑期间每隔 10 分钟以及关闭时会自动备份，保留最近 5 份。
备份文件夹：{0}</source>
            <translation>The project is backed up when opened, every 10 minutes while you edit, and when closed; the newest 5 backups are kept.
Backup folder: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/safety/backups.py" line="176" />
            <source>备份时间</source>
            <translation>Taken</translation>
        </message>
        <message>
            <location filename="../../ui/safety/backups.py" line="176" />
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/safety/backups.py" line="183" />
            <source>恢复此备份…</source>
            <translation>Restore This Backup…</translation>
        </message>
        <message>
            <location filename="../../ui/safety/backups.py" line="186" />
            <source>打开备份文件夹</source>
            <translation>Open Backup Folder</translation>
        </message>
        <message>
            <location filename="../../ui/safety/backups.py" line="188" />
            <source>立即备份</source>
            <translation>Back Up Now</translation>
        </message>
        <message>
            <location filename="../../ui/safety/backups.py" line="190" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/safety/backups.py" line="237" />
            <source>用 {0} 的备份替换当前项目吗？

此后的修改会丢失；当前的项目文件会改名保留在原文件夹中。</source>
            <translation>Replace the current project by the backup of {0}?

Changes made after it are lost; the current project file is kept, renamed, in its folder.</translation>
        </message>
        <message>
            <location filename="../../ui/safety/backups.py" line="260" />
            <location filename="../../ui/safety/damaged.py" line="49" />
            <source>恢复备份</source>
            <translation>Restore Backup</translation>
        </message>
        <message>
            <location filename="../../ui/safety/backups.py" line="261" />
            <source>恢复</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../ui/safety/backups.py" line="262" />
            <location filename="../../ui/safety/damaged.py" line="50" />
            <location filename="../../ui/safety/in_use.py" line="99" />
            <location filename="../../ui/safety/read_only.py" line="54" />
            <location filename="../../ui/safety/twins.py" line="51" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/safety/damaged.py" line="26" />
            <source>项目文件“{0}”已损坏，无法打开。

可以恢复 {1} 的备份（丢失此后的修改）。损坏的文件不会删除，会改名保留在同一文件夹中。</source>
            <translation>The project file “{0}” is damaged and cannot be opened.

You can restore the backup of {1} (changes made after it are lost). The damaged file is not deleted; it is kept, renamed, in the same folder.</translation>
        </message>
        <message>
            <location filename="../../ui/safety/damaged.py" line="47" />
            <source>项目文件已损坏</source>
            <translation>Project File Damaged</translation>
        </message>
        <message>
            <location filename="../../ui/safety/damaged.py" line="82" />
            <source>项目“{0}”是只读的，未打开。</source>
            <translation>Project “{0}” is read-only and was not opened.</translation>
        </message>
        <message>
            <location filename="../../ui/safety/damaged.py" line="88" />
            <source>项目“{0}”已损坏，未打开。</source>
            <translation>The project “{0}” is damaged and was not opened.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/safety/reimport.py" line="28" />
            <source>已迁移 %n 处标注</source>
            <translation>
                <numerusform>%n annotation moved</numerusform>
                <numerusform>%n annotations moved</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/safety/reimport.py" line="30" />
            <source>，其中 {0} 处为近似匹配</source>
            <translation> ({0} by approximate match)</translation>
        </message>
        <message>
            <location filename="../../ui/safety/reimport.py" line="38" />
            <source>报告 (*.txt *.text *.docx *.doc *.wps *.html *.htm *.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</source>
            <translation>Reports (*.txt *.text *.docx *.doc *.wps *.html *.htm *.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/safety/reimport.py" line="42" />
            <source>选择修订后的文件</source>
            <translation>Choose the Corrected File</translation>
        </message>
        <message>
            <location filename="../../ui/safety/reimport.py" line="48" />
            <source>重新导入完成</source>
            <translation>Re-import Finished</translation>
        </message>
        <message>
            <location filename="../../ui/safety/reimport.py" line="81" />
            <source>请先打开要替换的文档。</source>
            <translation>Open the document to replace first.</translation>
        </message>
        <message>
            <location filename="../../ui/safety/reimport.py" line="95" />
            <source>正在重新导入……</source>
            <translation>Re-importing…</translation>
        </message>
        <message>
            <location filename="../../ui/safety/reimport.py" line="101" />
            <source>正在重新导入修订版……</source>
            <translation>Re-importing the corrected version…</translation>
        </message>
        <message>
            <location filename="../../ui/safety/reimport.py" line="129" />
            <location filename="../../ui/safety/unplaced.py" line="38" />
            <source>放到选中位置</source>
            <translation>Place at Selection</translation>
        </message>
        <message>
            <location filename="../../ui/safety/unplaced.py" line="28" />
            <source>修订版中找不到这些标注的原文。在文档中选中正确的文字，再点“放到选中位置”。</source>
            <translation>The corrected version no longer contains the text of these annotations. Select the right words in the document, then click “Place at Selection”.</translation>
        </message>
        <message>
            <location filename="../../ui/safety/unplaced.py" line="32" />
            <source>标签</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../ui/safety/unplaced.py" line="32" />
            <source>原文</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../ui/safety/unplaced.py" line="32" />
            <source>备注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/safety/unplaced.py" line="41" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ui/safety/unplaced.py" line="114" />
            <source>请先在文档中选中这处标注的正确文字。</source>
            <translation>Select the right words for this annotation in the document first.</translation>
        </message>
        <message>
            <location filename="../../ui/safety/unplaced.py" line="123" />
            <source>不能标注空白内容，请选中文字。</source>
            <translation>Blank text cannot be annotated; please select some words.</translation>
        </message>
        <message>
            <location filename="../../ui/safety/unplaced.py" line="128" />
            <source>已放到选中位置：{0}</source>
            <translation>Placed at the selection: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/safety/watch.py" line="121" />
            <source>项目已被另一个窗口修改，已刷新</source>
            <translation>The project was changed in another window; refreshed</translation>
        </message>
        <message>
            <location filename="../../ui/safety/in_use.py" line="94" />
            <source>项目已打开</source>
            <translation>Project already open</translation>
        </message>
        <message>
            <location filename="../../ui/safety/in_use.py" line="97" />
            <source>

可以切换到已打开的那个窗口继续工作。</source>
            <translation>

You can switch to the window that has it open and carry on there.</translation>
        </message>
        <message>
            <location filename="../../ui/safety/in_use.py" line="98" />
            <source>切换到已打开的窗口</source>
            <translation>Switch to the open window</translation>
        </message>
        <message>
            <location filename="../../ui/safety/in_use.py" line="104" />
            <source>

请先在那台电脑上关闭这个项目再打开；那边的程序意外退出时，锁会自动解除。</source>
            <translation>

Close the project on that computer first, then open it here; if the program there quit unexpectedly, the lock is released by itself.</translation>
        </message>
        <message>
            <location filename="../../ui/safety/in_use.py" line="106" />
            <location filename="../../ui/safety/in_use.py" line="111" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/safety/in_use.py" line="109" />
            <source>没能切换到那个窗口，请在任务栏中找到它。</source>
            <translation>Could not switch to that window; please find it in the taskbar.</translation>
        </message>
        <message>
            <location filename="../../ui/safety/twins.py" line="22" />
            <source>合并重复标注(&amp;D)…</source>
            <translation>Merge &amp;Duplicate Annotations…</translation>
        </message>
        <message>
            <location filename="../../ui/safety/twins.py" line="24" />
            <source>同一段文字、同一标签标了两次的，合成一条，导出不再重复计数</source>
            <translation>Annotations made twice on the same text with the same tag become one, so exports no longer count them twice</translation>
        </message>
        <message>
            <location filename="../../ui/safety/twins.py" line="40" />
            <source>项目中没有重复的标注。</source>
            <translation>The project has no duplicate annotations.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/safety/twins.py" line="42" />
            <source>有 %n 条标注与另一条的文字和标签完全相同（多是先手工标注、后又确认了同一处建议），导出时会重复计数。

合并后每处只留一条：保留字段较全的那条，两条的备注合在一起。合并后可以撤销（Ctrl+Z）。</source>
            <translation>
                <numerusform>%n annotation has exactly the same text and tag as another one (usually a hand tag and a suggestion later accepted on the same spot), so exports count it twice.

Merging keeps one at each spot: the one with more fields, with the notes of both. The merge can be undone (Ctrl+Z).</numerusform>
                <numerusform>%n annotations have exactly the same text and tag as another one (usually a hand tag and a suggestion later accepted on the same spot), so exports count them twice.

Merging keeps one at each spot: the one with more fields, with the notes of both. The merge can be undone (Ctrl+Z).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/safety/twins.py" line="49" />
            <source>合并重复标注</source>
            <translation>Merge duplicate annotations</translation>
        </message>
        <message>
            <location filename="../../ui/safety/twins.py" line="50" />
            <source>合并</source>
            <translation>Merge</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/safety/twins.py" line="57" />
            <source>已合并 %n 条重复标注。</source>
            <translation>
                <numerusform>Merged %n duplicate annotation.</numerusform>
                <numerusform>Merged %n duplicate annotations.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/safety/read_only.py" line="35" />
            <source>项目是以只读方式打开的（所在文件夹不可写），不能修改；可以阅读、搜索、导出和对比。</source>
            <translation>The project is open read-only (its folder cannot be written): nothing can be changed; reading, searching, exporting and comparing work.</translation>
        </message>
        <message>
            <location filename="../../ui/safety/read_only.py" line="45" />
            <source>项目是只读的</source>
            <translation>The project is read-only</translation>
        </message>
        <message>
            <location filename="../../ui/safety/read_only.py" line="47" />
            <source>项目“{0}”或其所在文件夹是只读的，不能保存修改。

可以用只读方式打开：能阅读、搜索、导出和对比，但不能标注或修改。</source>
            <translation>Project “{0}” or its folder is read-only: changes cannot be saved.

You can open it read-only: reading, searching, exporting and comparing work; tagging and editing do not.</translation>
        </message>
        <message>
            <location filename="../../ui/safety/read_only.py" line="53" />
            <source>以只读方式打开</source>
            <translation>Open read-only</translation>
        </message>
        <message>
            <location filename="../../ui/safety/read_only.py" line="104" />
            <source>上次会话未并入项目文件的修改也已显示（从临时副本读取，原文件不动）。</source>
            <translation> Changes the last session had not yet written into the project file are shown too (read from a temporary copy; the original files are left untouched).</translation>
        </message>
        <message>
            <location filename="../../ui/safety/read_only.py" line="105" />
            <source>只读：不能修改，可以导出和对比</source>
            <translation>Read-only: no changes; export and compare work</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/safety/reimport.py" line="32" />
            <source>；%n 处无法定位，已列出，请在文档中重新选定位置</source>
            <translation>
                <numerusform>; %n could not be placed and is listed: select its text in the document again</numerusform>
                <numerusform>; %n could not be placed and are listed: select their text in the document again</numerusform>
            </translation>
        </message>
    </context>
</TS>