"""English for the comparison screens (read by resources/translations/update.py, never imported)."""

EN = {
    # Tools menu, library context menu and the chooser
    "与当前文档对比": "Compare with Current Document",
    "对比两份报告…": "Compare Two Reports…",
    "版本差异…": "Compare Versions…",
    "计划与完成对照…": "Plan vs. Results…",
    "多文档矩阵…": "Multi-Document Matrix…",
    "对比两份报告": "Compare Two Reports",
    "左侧文档：": "Left document:",
    "右侧文档：": "Right document:",
    "版本差异": "Version Differences",
    "原版本：": "Old version:",
    "新版本：": "New version:",
    "计划与完成对照": "Plan vs. Results",
    "计划文档：": "Plan document:",
    "完成情况文档：": "Results document:",
    "对比": "Compare",
    "项目中至少需要两份文档才能对比。": "The project needs at least two documents to compare.",
    "请选择两份不同的文档。": "Choose two different documents.",
    # table export
    "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)",
    "CSV 文件 (*.csv)": "CSV file (*.csv)",
    "导出表格": "Export Table",
    "导出表格…": "Export Table…",
    # window
    "报告对比": "Compare Reports",
    "⇄ 交换": "⇄ Swap",
    "包含未确认的建议": "Include unaccepted suggestions",
    "指标对比也使用尚未接受的指标建议": "Also use indicator suggestions that are not accepted yet",
    "并排对照": "Side by Side",
    "指标对比": "Indicators",
    "计划与完成": "Plan vs. Results",
    "多文档矩阵": "Matrix",
    "左：": "Left:",
    "右：": "Right:",
    "未完成。": "Not finished.",
    "正在对比两份报告……": "Comparing the two reports…",
    "正在逐句比较两个版本……": "Comparing the two versions sentence by sentence…",
    "正在对照计划与完成情况……": "Checking the plan against the results…",
    "正在生成矩阵……": "Building the matrix…",
    "已导出到 {0}": "Exported to {0}",
    "对比的文档已被删除。": "A compared document has been deleted.",
    "标注已有变动，点“对比”更新结果。": "The annotations have changed; click “Compare” to update the results.",
    "未匹配": "Unmatched",
    "复制": "Copy",
    "全选": "Select All",
    # side by side
    "同步滚动": "Sync Scrolling",
    "滚动一侧时，另一侧按已对齐的章节跟随滚动": "Scrolling one side scrolls the other to the matching section",
    "左侧章节": "Left section",
    "右侧章节": "Right section",
    "置信度": "Confidence",
    "对齐得分 {0:.2f}": "Alignment score {0:.2f}",
    "（未匹配）": "(unmatched)",
    "已对齐 {0} 对章节；左侧 {1} 个、右侧 {2} 个章节未匹配。": (
        "{0} section pairs aligned; {1} sections on the left and {2} on the right are unmatched."
    ),
    "点击章节或下表中的一行，两侧同时定位。": "Click a section, or a row in the table below, to show it on both sides.",
    # version differences
    "◀ 上一处": "◀ Previous",
    "下一处 ▶": "Next ▶",
    "上一处差异（Shift+F8 或 Alt+↑）": "Previous difference (Shift+F8 or Alt+↑)",
    "下一处差异（F8 或 Alt+↓）": "Next difference (F8 or Alt+↓)",
    (
        '<span style="background:{0}">&nbsp;新增&nbsp;</span>&nbsp;'
        '<span style="background:{1}">&nbsp;删除&nbsp;</span>&nbsp;'
        '<span style="background:{2}">&nbsp;修改&nbsp;</span>'
    ): (
        '<span style="background:{0}">&nbsp;Added&nbsp;</span>&nbsp;'
        '<span style="background:{1}">&nbsp;Deleted&nbsp;</span>&nbsp;'
        '<span style="background:{2}">&nbsp;Changed&nbsp;</span>'
    ),
    "两个版本完全相同。": "The two versions are identical.",
    "差异很多（{0} 处）：这两份文档可能不是同一报告的两个版本。": (
        "Many differences ({0}): these documents may not be two versions of the same report."
    ),
    "按 F8 / Shift+F8 在差异之间跳转。": "Press F8 / Shift+F8 to move between differences.",
    "新增": "Added",
    "修改": "Changed",
    "没有差异": "No differences",
    "第 {0} / {1} 处差异": "Difference {0} of {1}",
    # indicators
    "图表：原始数值": "Chart: raw values",
    "图表：以左侧为 100": "Chart: left = 100",
    "未匹配的指标": "Unmatched indicators",
    "指标（勾选以绘图）": "Indicator (tick to chart)",
    "左文档原文": "Left text",
    "左数值": "Left value",
    "右文档原文": "Right text",
    "右数值": "Right value",
    "差值（右−左）": "Difference (right − left)",
    "左变化": "Left change",
    "右变化": "Right change",
    "变化差": "Change difference",
    "匹配": "Match",
    "相同": "Same",
    "近似 {0:.0%}": "Similar {0:.0%}",
    "仅左文档": "Left only",
    "仅右文档": "Right only",
    "指标": "Indicator",
    "所在": "Side",
    "原文": "Text",
    "变化": "Change",
    "匹配 {0} 项指标；仅左文档 {1} 项，仅右文档 {2} 项。数值已换算为同一单位。": (
        "{0} indicators matched; {1} only in the left document, {2} only in the right. "
        "Values are converted to the same unit."
    ),
    "左": "Left",
    "右": "Right",
    "所选指标对比（以左侧为 100）": "Selected indicators (left = 100)",
    "所选指标对比": "Selected indicators",
    "勾选表格中的指标以绘图": "Tick indicators in the table to chart them",
    # matrix
    "标签 × 文档：标注数": "Tags × documents: annotation counts",
    "指标 × 文档：数值": "Indicators × documents: values",
    "指标 × 文档：提及次数": "Indicators × documents: mentions",
    "生成矩阵": "Build Matrix",
    "勾选文档（以及标签），选择行的内容，然后点“生成矩阵”。": (
        "Tick the documents (and tags), choose what the rows show, then click “Build Matrix”."
    ),
    "文档（列）": "Documents (columns)",
    "标签（行）": "Tags (rows)",
    "请至少勾选一份文档。": "Tick at least one document.",
    "{0} 行 × {1} 份文档。": "{0} rows × {1} documents.",
    # plan vs. results
    "对照": "Check",
    "选择计划文档（含“力争”“目标”等目标指标）和下一年度的总结，然后点“对照”。": (
        "Choose a plan document (with targets such as “力争” or “目标”) and the next year's summary, "
        "then click “Check”."
    ),
    "计划：": "Plan:",
    "完成情况：": "Results:",
    "目标": "Target",
    "计划原文": "Plan text",
    "目标值": "Target value",
    "完成情况原文": "Results text",
    "实际值": "Actual value",
    "完成率": "Completion",
    "结论": "Verdict",
    "共 {0} 项目标：完成 {1} 项，未完成 {2} 项，未提及 {3} 项。": (
        "{0} targets: {1} met, {2} not met, {3} not mentioned."
    ),
    "计划文档中没有找到目标指标（标签“指标”且类型为目标，或标签“目标”）。请先标注或接受建议。": (
        "No targets found in the plan document (annotations tagged “指标” with the type target, or tagged “目标”). "
        "Annotate them or accept suggestions first."
    ),
    "完成": "Met",
    "未完成": "Not met",
    "未提及": "Not mentioned",
}

# Words whose English depends on the place.
EN_IN_CONTEXT = {
    ("DiffTab", "删除"): "Deleted",
}
