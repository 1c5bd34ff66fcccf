"""English for the safety screens (read by resources/translations/update.py, never imported)."""

EN = {
    # File menu, docks
    "重新导入修订版…": "Re-import Corrected Version…",
    "用修订后的文件替换当前文档，标注随原文迁移": (
        "Replace the current document by a corrected file; annotations follow their text"
    ),
    "备份与恢复…": "Backups and Restore…",
    "待重新定位的标注": "Annotations to Place Again",
    # backups
    "备份与恢复": "Backups and Restore",
    "恢复此备份…": "Restore This Backup…",
    "打开备份文件夹": "Open Backup Folder",
    "立即备份": "Back Up Now",
    "关闭": "Close",
    "备份时间": "Taken",
    "大小": "Size",
    "恢复备份": "Restore Backup",
    "恢复": "Restore",
    "取消": "Cancel",
    "已备份项目": "Project backed up",
    "正在备份项目……": "Backing up the project…",
    "备份项目失败，稍后会再试一次。": "The project could not be backed up; ReportMark will try again later.",
    "用 {0} 的备份替换当前项目吗？\n\n此后的修改会丢失；当前的项目文件会改名保留在原文件夹中。": (
        "Replace the current project by the backup of {0}?\n\n"
        "Changes made after it are lost; the current project file is kept, renamed, in its folder."
    ),
    "项目打开时、编辑期间每隔 10 分钟以及关闭时会自动备份，保留最近 5 份。\n备份文件夹：{0}": (
        "The project is backed up when opened, every 10 minutes while you edit, and when closed; "
        "the newest 5 backups are kept.\nBackup folder: {0}"
    ),
    # damaged project
    "项目文件已损坏": "Project File Damaged",
    (
        "项目文件“{0}”已损坏，无法打开。\n\n"
        "可以恢复 {1} 的备份（丢失此后的修改）。损坏的文件不会删除，会改名保留在同一文件夹中。"
    ): (
        "The project file “{0}” is damaged and cannot be opened.\n\n"
        "You can restore the backup of {1} (changes made after it are lost). "
        "The damaged file is not deleted; it is kept, renamed, in the same folder."
    ),
    "项目“{0}”已损坏，未打开。": "The project “{0}” is damaged and was not opened.",
    # re-import
    "选择修订后的文件": "Choose the Corrected File",
    "报告 (*.txt *.text *.docx *.doc *.wps *.html *.htm *.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)": (
        "Reports (*.txt *.text *.docx *.doc *.wps *.html *.htm *.pdf *.ofd *.png *.jpg *.jpeg *.tif *.tiff);;"
        "All files (*)"
    ),
    "重新导入完成": "Re-import Finished",
    "已迁移 {0} 处标注": "{0} annotations moved",
    "，其中 {0} 处为近似匹配": " ({0} by approximate match)",
    "；{0} 处无法定位，已列出，请在文档中重新选定位置": (
        "; {0} could not be placed and are listed: select their text in the document again"
    ),
    "正在重新导入……": "Re-importing…",
    "正在重新导入修订版……": "Re-importing the corrected version…",
    "请先打开要替换的文档。": "Open the document to replace first.",
    # unplaced annotations
    "修订版中找不到这些标注的原文。在文档中选中正确的文字，再点“放到选中位置”。": (
        "The corrected version no longer contains the text of these annotations. "
        "Select the right words in the document, then click “Place at Selection”."
    ),
    "放到选中位置": "Place at Selection",
    "标签": "Tag",
    "原文": "Text",
    "备注": "Note",
    "删除": "Delete",
    "请先在文档中选中这处标注的正确文字。": "Select the right words for this annotation in the document first.",
    "不能标注空白内容，请选中文字。": "Blank text cannot be annotated; please select some words.",
    "已放到选中位置：{0}": "Placed at the selection: {0}",
    "项目已被另一个窗口修改，已刷新": "The project was changed in another window; refreshed",
}
