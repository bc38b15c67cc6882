# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the printer registry (printer kinds, their syntax and help).
ZH = {
# labels: PrinterRegistry
"zpl://HOST[:PORT]": 'zpl://主机[:端口]',
"zpl-file:PATH": 'zpl-file:路径',
"cups:QUEUE": 'cups:队列',
"cups-raw:QUEUE": 'cups-raw:队列',
"pdf:PATH": 'pdf:路径',
"png:PATH": 'png:路径',
"%1 or %2": '%1 或 %2',
", ": '、',
"%1: %2": '%1：%2',
"a Zebra printer on the network (ZPL, port %1 unless given)": '网络上的斑马打印机（ZPL，未指定时用端口 %1）',
"ZPL written to a file or a printer's device node": '把 ZPL 写入文件或打印机设备节点',
"a PDF of the label through a CUPS queue (lp)": '标签的 PDF 经 CUPS 队列打印（lp）',
"ZPL through a raw CUPS queue (lp -o raw), for a Zebra behind CUPS": 'ZPL 经 CUPS 原始队列打印（lp -o raw），用于接在 CUPS 上的斑马打印机',
"a PDF file": 'PDF 文件',
"PNG images, one a page": 'PNG 图片，每页一张',
# widgets: StationPrinter
"a system printer's name": '系统打印机名称',
"a printer the system knows (CUPS), by its name, through its driver": '系统已安装的打印机（CUPS），按名称，经其驱动打印',
}
