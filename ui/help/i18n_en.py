"""English for the strings added with issue 14 (help, repairs, review fields, comparison sources)."""

EN = {
    # help
    "快捷键一览": "Keyboard Shortcuts",
    "操作": "Action",
    "快捷键": "Shortcut",
    "位置": "Where",
    "正文": "Text",
    "用对应标签标注选中的文字": "Tag the selected text with that tag",
    "编辑选中标注的备注": "Edit the note of the selected annotation",
    "删除选中的标注": "Delete the selected annotation",
    "取消选中标注": "Deselect the annotation",
    "接受当前建议": "Accept the current suggestion",
    "拒绝当前建议": "Reject the current suggestion",
    "下一条建议": "Next suggestion",
    "上一条建议": "Previous suggestion",
    "保存备注": "Save the note",
    (
        "报告标注 ReportMark {0}\n\n阅读、标注、导出和比较政府工作报告。\n"
        "选中文字后按数字键 1–9 即可标注；点击标注可更改标签、编辑备注或删除。\n"
        "全部快捷键见 帮助 › 快捷键一览（F1）。"
    ): (
        "ReportMark {0}\n\nRead, annotate, export and compare government work reports.\n"
        "Select text and press a digit key 1–9 to tag it; "
        "click an annotation to retag it, edit its note or delete it.\n"
        "Every shortcut is listed under Help › Keyboard Shortcuts (F1)."
    ),
    # notes
    "保存": "Save",
    "保存备注（Ctrl+Enter）": "Save the note (Ctrl+Enter)",
    # repairs of garbled characters (document info)
    "应用修复": "Apply Repair",
    "用所选乱码的首选修复替换显示文字（原文不变，可撤销）；右键可选其他修复": (
        "Replace the selected garbled text by its first proposed repair (the original stays; undoable); "
        "right-click for the other repairs"
    ),
    "应用全部高可信修复": "Apply All Sure Repairs",
    "应用全部高可信修复（{0} 处）": "Apply All Sure Repairs ({0})",
    "改为“{0}”": "Change to “{0}”",
    "修复乱码": "Repair Garbled Text",
    "修复 {0} 处乱码": "Repair {0} Garbled Passages",
    # review: parsed fields
    "增减 ±": "Change ±",
    "%": "%",
    "时期，如 2020年": "Period, e.g. 2020",
    "实际完成": "Actual",
    "目标/计划": "Target/plan",
    "名称：": "Name:",
    "数值：": "Value:",
    "变化：": "Change:",
    "时期：": "Period:",
    "名称": "Name",
    "时期": "Period",
    "类型": "Kind",
    "变化": "Change",
    # comparison: where each side's indicators come from
    "正在查找指标建议……": "Finding indicator suggestions…",
    "查找指标建议并保存（待审阅）": "Find Indicator Suggestions and Save Them (for Review)",
    "{0}文档“{1}”还没有指标标注：表中它的指标是临时找出的建议，尚未保存。": (
        "The {0} report “{1}” has no indicators tagged yet: its indicators in the table were found for "
        "this comparison only and are not saved."
    ),
    "{0}文档“{1}”没有可用的指标（建议已被拒绝，或未包含未确认的建议）。": (
        "The {0} report “{1}” has no indicators to use (its suggestions were rejected, or unconfirmed "
        "suggestions are left out)."
    ),
}
