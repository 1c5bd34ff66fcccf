"""English for the suggestion review screen (read by resources/translations/update.py, never imported)."""

EN = {
    # Tools menu and dock (names proposed by the review screen's author)
    "建议审阅": "Review suggestions",
    "建议": "Suggestions",
    "审阅建议": "Review suggestions",
    "生成建议": "Suggest",
    "生成建议（当前文档）": "Suggest (this document)",
    "为全部文档生成建议": "Suggest for all documents",
    "导入后自动生成建议": "Suggest automatically after import",
    "下一条建议": "Next suggestion",
    "上一条建议": "Previous suggestion",
    "接受本节全部建议": "Accept all in this section",
    # panel
    "为当前文档重新查找指标、政策和问题": "Find indicators, policies and problems in this document again",
    "可信度": "Confidence",
    "接受": "Accept",
    "接受当前建议（Enter）": "Accept this suggestion (Enter)",
    "拒绝": "Reject",
    "拒绝当前建议，以后不再提示（Backspace）": "Reject this suggestion; it will not be suggested again (Backspace)",
    "上一条": "Previous",
    "上一条建议（P、K 或 Ctrl+↑）": "Previous suggestion (P, K or Ctrl+↑)",
    "下一条": "Next",
    "下一条建议（N、J 或 Ctrl+↓）": "Next suggestion (N, J or Ctrl+↓)",
    "接受本节全部": "Accept all in this section",
    "接受本节全部（{0}）": "Accept all in this section ({0})",
    "接受当前建议所在章节的全部建议（Ctrl+Shift+Enter）": (
        "Accept every suggestion in the section of the current one (Ctrl+Shift+Enter)"
    ),
    "Enter 接受 · ⌫ 拒绝 · N/P 切换 · Ctrl+Z 撤销": "Enter accept · ⌫ reject · N/P next/previous · Ctrl+Z undo",
    "关键词": "Keywords",
    "未打开文档": "No document open",
    "剩余 {0} 条待审": "{0} left to review",
    "本文档没有待审的建议": "Nothing left to review in this document",
    "本节：{0}（{1} 条待审）": "Section: {0} ({1} to review)",
    "正在提取……": "Extracting…",
    "正在生成建议 {0}/{1}": "Generating suggestions {0}/{1}",
    # controller (progress titles)
    "正在生成建议": "Generating suggestions",
    "正在提取关键词": "Extracting keywords",
    # undo commands (shown as "Undo …" in the Edit menu)
    "接受建议": "Accept Suggestion",
    "接受 {0} 条建议": "Accept {0} Suggestions",
    "拒绝建议": "Reject Suggestion",
    "拒绝 {0} 条建议": "Reject {0} Suggestions",
    "更改建议状态": "Change Suggestion Status",
}
