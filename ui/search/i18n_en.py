"""English for the search screens (read by resources/translations/update.py, never imported)."""

EN = {
    # Edit/Tools menu and docks
    "全文搜索": "Full-Text Search",
    "标注查询": "Annotation Query",
    "在本文档中查找…": "Find in Document…",
    "查找下一个": "Find Next",
    "查找上一个": "Find Previous",
    "在所有文档中搜索…": "Search All Documents…",
    "标注查询…": "Query Annotations…",
    # find bar
    "在本文档中查找": "Find in this document",
    "上一个（Shift+F3）": "Previous (Shift+F3)",
    "下一个（F3）": "Next (F3)",
    "关闭（Esc）": "Close (Esc)",
    "无结果": "No results",
    # full-text search
    "在所有文档中搜索（两个字也可以）": "Search all documents (two characters are enough)",
    "正在搜索“{0}”……": "Searching for “{0}”…",
    "正在搜索": "Searching",
    "没有找到“{0}”。": "No matches for “{0}”.",
    "“{0}”共 {1} 处，显示前 {2} 处。": "{1} matches for “{0}”; showing the first {2}.",
    "“{0}”共 {1} 处，在 {2} 篇文档中。": "{1} matches for “{0}” in {2} documents.",
    # annotation query
    "原文包含": "Text contains",
    "备注包含": "Note contains",
    "任意属性": "Any attribute",
    "指标名称": "Indicator name",
    "期间": "Period",
    "指标类型": "Indicator type",
    "政策文号": "Policy doc. number",
    "属性值包含，如 5G": "Attribute value contains, e.g. 5G",
    "包括建议": "Include suggestions",
    "查询": "Search",
    "导出结果…": "Export Results…",
    "原文：": "Text:",
    "备注：": "Note:",
    "属性：": "Attribute:",
    "原文": "Text",
    "正在查询……": "Searching…",
    "正在查询标注": "Searching annotations",
    "共 {0} 处标注。": "{0} annotations.",
    "没有符合条件的标注。": "No annotations match.",
    "导出查询结果": "Export Query Results",
    "Excel 工作簿 (*.xlsx);;CSV（UTF-8 带 BOM） (*.csv)": "Excel workbook (*.xlsx);;CSV, UTF-8 with BOM (*.csv)",
    "正在导出查询结果": "Exporting query results",
    "已导出 {0} 处标注到“{1}”。": "Exported {0} annotations to “{1}”.",
    "已导出 {0} 处标注到 {1}": "Exported {0} annotations to {1}",
}

# "文档" is the Documents dock elsewhere; here it heads a column of single documents.
EN_IN_CONTEXT = {
    ("AnnotationQueryPanel", "文档"): "Document",
}
