# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for printing at the table: tube and box labels, manifests, reprint
# reasons, the printer alert with Retry, the manifest printer, sealed boxes after restart.
ZH = {
# core: the label print log
"No tube or box code was given to print.": '没有给出要打印的采样管码或箱码。',
"recording the print of %1": '记录 %1 的打印',
"%1 was printed before: say why it is printed again.": '%1 已打印过：请说明补打原因。',
# labels: labels and manifests to different printers
"%1 (manifests)": '%1（交接单）',
"%1 (labels), %2 (manifests)": '%1（标签），%2（交接单）',
"No printer is set up for manifests.": '尚未设置交接单打印机。',
"No printer is set up for labels.": '尚未设置标签打印机。',
# widgets: the print controller
"the label of tube %1": '采样管 %1 的标签',
"the label of box %1": '转运箱 %1 的标签',
"the manifest of box %1": '转运箱 %1 的交接单',
"Tube %1 was voided: no label is printed for it.": '采样管 %1 已作废：不为它打印标签。',
"Box %1 is still being packed: seal it (scan its code again) before its manifest is printed.": '转运箱 %1 仍在装箱中：请先封箱（再次扫描箱码），再打印交接单。',
"No printer is set up, so %1 was not printed. Set the printer in Settings (F10).": '尚未设置打印机，%1未打印。请在设置（F10）中设置打印机。',
"Already printed: %1. Say why it is printed again.": '已打印过：%1。请说明补打原因。',
"sent again before the first print finished": '首次打印完成前再次发送',
"Printed %1.": '已打印%1。',
# widgets: reprint reason
"Print again": '补打',
"Already printed: %1. Why is it printed again? The reason is recorded.": '已打印过：%1。为什么要补打？原因将被记录。',
"The label is damaged or unreadable": '标签损坏或无法识读',
"The label was lost": '标签丢失',
"The printer jammed or printed badly": '打印机卡纸或打印不清',
"Another copy is needed": '需要多一份',
"Or type the reason": '或填写原因',
"Reason": '原因',
"Other reason": '其他原因',
"Do not print": '不打印',
# widgets: printer alert
"Retry printing\nCtrl+R": '重新打印\nCtrl+R',
"Printer problem: %1\n%n print(s) waiting. Scanning goes on; fix the printer, then press Retry (Ctrl+R).": '打印机故障：%1\n%n 份待打印。扫码照常进行；排除故障后请按“重新打印”（Ctrl+R）。',
# widgets: table screen
"Print tube label": '打印采样管标签',
"Print box label": '打印转运箱标签',
"Print manifest": '打印交接单',
"Retry printing": '重新打印',
"Not printed again: %1.": '未补打：%1。',
"Printing %1 on %2.": '正在打印%1（%2）。',
"Printing %1 again on %2.": '正在重新打印%1（%2）。',
"%1 was printed but not recorded: %2": '%1已打印，但未能记录：%2',
"There is no tube to print a label for. Scan or open a tube first.": '没有可打印标签的采样管。请先扫描采样管。',
"No box is on screen. Scan a box code to open a box, then print its label.": '屏幕上没有转运箱。请先扫描箱码开始装箱，再打印箱标签。',
"Box %1 is still being packed: scan its code again to seal it; its manifest prints then.": '转运箱 %1 仍在装箱中：再次扫描箱码封箱，交接单会随之打印。',
"No sealed box waits at this table, so there is no manifest to print.": '本台没有等待交接的已封箱转运箱，没有可打印的交接单。',
"No print waits to be retried.": '没有等待重新打印的任务。',
"Printing again: %n print(s) sent to %1.": '重新打印：已向 %1 发送 %n 份。',
# widgets: box panel
"Print box label (Ctrl+B)": '打印箱标签（Ctrl+B）',
"Print manifest (Ctrl+M)": '打印交接单（Ctrl+M）',
"Also sealed and waiting for hand-over: %1": '另有已封箱待交接：%1',
# widgets: main window and settings
"The printer in Settings (F10) cannot be used: %1": '设置（F10）中的打印机无法使用：%1',
"none; a system printer's name, or zpl://HOST, pdf:FILE...": '无；系统打印机名称，或 zpl://主机、pdf:文件……',
"the label printer; or a page printer's name, pdf:FILE...": '同标签打印机；或普通打印机名称、pdf:文件……',
"Manifest printer (A4)": '交接单打印机（A4）',
}
