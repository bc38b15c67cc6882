# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for station-generated tube codes: the "print a label for each new
# tube" mode, check-digit refusals and `sampling-station-cli tube-code`.
ZH = {
"%1 is not a valid station tube code: its check digit (the last digit) does not match. The label was misread or mistyped; scan it again or type it exactly as printed.": '%1 不是有效的工作站管码：校验码（最后一位）不符。标签被误读或输错；请重新扫描，或按标签上的内容准确输入。',
"opening a tube under a new station code": '用新生成的工作站管码开管',
"This station cannot generate more tube codes (table %1, number %2). Use pre-printed tubes.": '本工作站无法再生成管码（采样台 %1，序号 %2）。请使用预印条码的采样管。',
"The generated tube code %1 does not match this site's tube pattern %2. Change the pattern or use pre-printed tubes.": '生成的管码 %1 不符合本采样点的采样管码规则 %2。请修改规则或使用预印条码的采样管。',
"The next %1 generated tube codes were all used already. Check the station database; meanwhile use pre-printed tubes.": '接下来生成的 %1 个管码都已被使用。请检查工作站数据库；在此期间请使用预印条码的采样管。',
"Between 1 and %1 tube codes can be reserved at a time.": '每次可预留 1 到 %1 个管码。',
"reserving %n tube code(s)": '预留 %n 个管码',
"The next tube opens by itself and its label is printed.": '下一支采样管将自动开管并打印标签。',
"No tube was opened and no label printed: %1": '未开管，也未打印标签：%1',
"Tube %1 is open for %2 people. Its label is being printed: stick it on the new tube, then scan the residents.": '采样管 %1 已开管，混采 %2 人。标签正在打印：请贴在新采样管上，然后扫描居民。',
"Print a label for each new tube": '为每支新采样管打印标签',
"For tubes without a pre-printed code: the station gives each new tube a code of its own and prints its label. Pre-printed tubes can still be scanned.": '适用于没有预印条码的采样管：工作站为每支新采样管生成管码并打印标签。仍可扫描预印条码的采样管。',
"%1 is not a tube code of this site (pattern %2).": '%1 不是本采样点的采样管码（规则 %2）。',
"%1: station-generated tube code, table %2, number %3; check digit correct.": '%1：工作站生成的管码，采样台 %2，序号 %3；校验码正确。',
"%1: a tube code of this site (pre-printed; it carries no station check digit).": '%1：本采样点的采样管码（预印条码，不含工作站校验码）。',
"--count must be a whole number from 1 to %1.": '--count 必须是 1 到 %1 之间的整数。',
"The station is not provisioned. Provision it with: sampling-station-cli init": '本工作站尚未设置。请用以下命令设置：sampling-station-cli init',
"Check CODE: a station-generated code's check digit, and the site's tube pattern.": '检查管码 CODE：工作站生成管码的校验码，以及本采样点的采样管码规则。',
"Reserve the station's next generated tube codes and print them, one a line (for pre-printing labels).": '预留本工作站接下来生成的管码并逐行输出（用于提前打印标签）。',
"How many codes --next reserves (1-1000, default 1).": '--next 预留的管码数量（1-1000，默认 1）。',
"Check tube codes, or reserve station-generated ones.": '检查采样管码，或预留工作站生成的管码。',
"Give either --check CODE or --next [--count N].": '请指定 --check CODE 或 --next [--count N] 之一。',
"--count goes with --next.": '--count 需与 --next 一起使用。',
"Check a tube code, or reserve station-generated codes for labels": '检查采样管码，或为标签预留工作站生成的管码',
}
