"""English for the export screen (read by resources/translations/update.py, never imported)."""

EN = {
    # File menu
    "导出标注…": "Export Annotations…",
    "导入 REFI-QDA 项目…": "Import REFI-QDA Project…",
    "导入 REFI-QDA 项目": "Import REFI-QDA Project",
    "REFI-QDA 项目 (*.qdpx);;所有文件 (*)": "REFI-QDA projects (*.qdpx);;All files (*)",
    "已从“{0}”导入 {1} 篇文档、{2} 个标签、{3} 处标注。": (
        "Imported {1} documents, {2} tags and {3} annotations from “{0}”."
    ),
    "正在导入“{0}”……": "Importing “{0}”…",
    "正在导入 REFI-QDA 项目": "Importing a REFI-QDA project",
    # dialog
    "导出标注": "Export Annotations",
    "当前文档": "Current document",
    "选定的文档：": "Selected documents:",
    "整个项目": "Whole project",
    "当前文档：{0}": "Current document: {0}",
    "范围": "Scope",
    "标签（含下级标签）": "Tags (including child tags)",
    "全选": "Select All",
    "全不选": "Select None",
    "包括未确认的建议标注": "Include suggestions not yet accepted",
    "中文表头": "Chinese headers",
    "英文表头（English）": "English headers",
    "浏览…": "Browse…",
    "格式：": "Format:",
    "表头：": "Headers:",
    "保存到：": "Save to:",
    "预览": "Preview",
    "导出": "Export",
    "关闭": "Close",
    "Excel 工作簿 (.xlsx)": "Excel workbook (.xlsx)",
    "CSV（UTF-8 带 BOM，Excel 直接打开）": "CSV (UTF-8 with BOM, opens directly in Excel)",
    "CSV（GB18030，适合旧版 Excel/WPS）": "CSV (GB18030, for older Excel and WPS)",
    "JSON（完整记录，含属性）": "JSON (full records with attributes)",
    "REFI-QDA 项目 (.qdpx)，供 NVivo/MAXQDA/ATLAS.ti/QualCoder": (
        "REFI-QDA project (.qdpx) for NVivo, MAXQDA, ATLAS.ti or QualCoder"
    ),
    "指标台账 (.xlsx)：每个指标一行，每篇文档一列": (
        "Indicator ledger (.xlsx): one row per indicator, one column per document"
    ),
    "{0} 文件 (*{1})": "{0} files (*{1})",
    "导出到": "Export To",
    "请至少选择一篇文档和一个标签。": "Select at least one document and one tag.",
    "共 {0} 条标注；台账按指标名称汇总，下面是逐条预览。": (
        "{0} annotations; the ledger groups them by indicator name. Below is a preview, one row per annotation."
    ),
    "共 {0} 条标注将被导出，下面是前 {1} 条。": "{0} annotations will be exported; the first {1} are shown below.",
    "共 {0} 条标注将被导出。": "{0} annotations will be exported.",
    "正在导出……": "Exporting…",
    "正在导出标注": "Exporting annotations",
    "已导出 {0} 条到“{1}”。": "Exported {0} annotations to “{1}”.",
    "已导出 {0} 条标注到 {1}": "Exported {0} annotations to {1}",
    "已取消导出，没有写入文件。": "Export cancelled; no file was written.",
    "导出没有完成。": "The export did not finish.",
    "正在取消……": "Cancelling…",
    # notices
    "文件“{0}”已存在，要替换它吗？": "The file “{0}” already exists. Do you want to replace it?",
    "导出完成": "Export Finished",
    "已导出 {0} 条记录。": "Exported {0} records.",
    "打开所在文件夹": "Open Containing Folder",
}
