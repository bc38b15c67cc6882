# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the camera picture on the table screen (outlines, state, F6).
ZH = {
"No camera in use.": '未使用摄像头。',
"One code at a time": '请一次只出示一个码',
"Read: %1": '已识读：%1',
"QR code read": '二维码已识读',
"%1: hide": '%1：隐藏',
"Show or hide the camera picture": '显示或隐藏摄像头画面',
"Reading codes from the video %1.": '正在从视频 %1 中识读条码。',
"No camera is set up. Scan with the handheld scanner, or choose a camera in Settings (F10).": '未设置摄像头。请使用手持扫码枪扫码，或在设置（F10）中选择摄像头。',
"Show the camera picture on the table screen (F6)": '在采样台界面显示摄像头画面（F6）',
}
