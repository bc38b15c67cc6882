<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Choose your new PIN (6-12 digits): </source>
        <translation>设置新的 PIN（6–12 位数字）：</translation>
    </message>
    <message>
        <source>The new PIN again: </source>
        <translation>再次输入新的 PIN：</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
    <message>
        <source>Name who does this with --operator STAFF_ID (a site lead or the station administrator): every change says who made it.</source>
        <translation>请用 --operator 工号 指明操作人（采样点负责人或设备管理员）：每一次变更都记录是谁做的。</translation>
    </message>
    <message>
        <source>%1 signed in with a one-time PIN and must choose their own now.</source>
        <translation>%1 使用一次性 PIN 登录，现在必须设置自己的 PIN。</translation>
    </message>
    <message>
        <source>No new PIN was given. Give it with --new-pin-file, STATION_NEW_OPERATOR_PIN or at the prompt on a terminal.</source>
        <translation>没有提供新的 PIN。请用 --new-pin-file、STATION_NEW_OPERATOR_PIN 或在终端提示时输入。</translation>
    </message>
    <message>
        <source>Your new PIN is set.</source>
        <translation>新的 PIN 已设置。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>one-time PIN</source>
        <translation>一次性 PIN</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>One-time PIN for %1: %2</source>
        <translation>%1 的一次性 PIN：%2</translation>
    </message>
    <message>
        <source>Hand it over in person; %1 chooses their own PIN at the first sign-in.</source>
        <translation>请当面交给本人；%1 第一次登录时设置自己的 PIN。</translation>
    </message>
    <message>
        <source>--role must be sampler, lead or administrator (采样员, 采样点负责人 or 设备管理员).</source>
        <translation>--role 必须是 sampler、lead 或 administrator（采样员、采样点负责人 或 设备管理员）。</translation>
    </message>
    <message>
        <source>add: staff ID of the new operator.</source>
        <translation>add：新操作员的工号。</translation>
    </message>
    <message>
        <source>add: name of the new operator.</source>
        <translation>add：新操作员的姓名。</translation>
    </message>
    <message>
        <source>add, set-role: sampler, lead or administrator (default for add: sampler).</source>
        <translation>add、set-role：sampler、lead 或 administrator（add 默认为 sampler）。</translation>
    </message>
    <message>
        <source>add: phone number (optional; stored encrypted).</source>
        <translation>add：电话号码（可选；加密保存）。</translation>
    </message>
    <message>
        <source>File whose first line is the acting operator&apos;s new PIN, when they must choose one or with set-pin (or set STATION_NEW_OPERATOR_PIN; otherwise it is asked on the terminal).</source>
        <translation>文件第一行为操作人的新 PIN，用于必须设置新 PIN 时或 set-pin（也可设置 STATION_NEW_OPERATOR_PIN；否则在终端询问）。</translation>
    </message>
    <message>
        <source>reset-pin: authorised by the site passphrase alone, with no lead or administrator PIN (a forgotten PIN at night).</source>
        <translation>reset-pin：仅凭采样点口令授权，无需负责人或管理员的 PIN（夜间忘记 PIN 时使用）。</translation>
    </message>
    <message>
        <source>Staff id of the site lead or administrator who acts (set-pin: whose PIN).</source>
        <translation>执行操作的采样点负责人或设备管理员的工号（set-pin：要修改 PIN 的人）。</translation>
    </message>
    <message>
        <source>operator add|list|disable ID|enable ID|reset-pin ID|unlock ID|set-role ID|set-pin|import FILE|export FILE: the station&apos;s staff and their roles.</source>
        <translation>operator add|list|disable 工号|enable 工号|reset-pin 工号|unlock 工号|set-role 工号|set-pin|import 文件|export 文件：工作站的人员及其角色。</translation>
    </message>
    <message>
        <source>Say what to do: operator add, list, disable, enable, reset-pin, unlock, set-role, set-pin, import or export.</source>
        <translation>请说明要做什么：operator add、list、disable、enable、reset-pin、unlock、set-role、set-pin、import 或 export。</translation>
    </message>
    <message>
        <source>Name the file: operator %1 FILE.</source>
        <translation>请指定文件：operator %1 文件。</translation>
    </message>
    <message>
        <source>Name the operator: operator %1 STAFF_ID.</source>
        <translation>请指定操作员：operator %1 工号。</translation>
    </message>
    <message>
        <source>--site-administrator is for reset-pin only.</source>
        <translation>--site-administrator 只能用于 reset-pin。</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>已添加 %1（%2），角色为%3。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>%1 中的内容均未导入。</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated.</source>
        <translation>已导入 %1：新增 %2 人，更新 %3 人。</translation>
    </message>
    <message>
        <source>one-time PIN %1</source>
        <translation>一次性 PIN %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote the staff list to %1.</source>
        <translation>人员名单已写入 %1。</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>%1 已停用，不能再登录。</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 已重新启用。</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 已解锁。</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 现在是%2。</translation>
    </message>
</context>
<context>
    <name>AnchorAcknowledgement</name>
    <message>
        <source>Say why the mismatch is acknowledged: the reason is recorded in the audit log.</source>
        <translation>请说明确认该不一致的原因：原因会记入审计日志。</translation>
    </message>
    <message>
        <source>An operator must acknowledge the mismatch.</source>
        <translation>必须由一名操作员确认该不一致。</translation>
    </message>
    <message>
        <source>acknowledging the audit anchor mismatch</source>
        <translation>确认审计锚点不一致</translation>
    </message>
    <message>
        <source>The audit log still holds the head the province&apos;s server confirmed: there is no mismatch to acknowledge.</source>
        <translation>审计日志仍包含省平台确认的末条记录：没有需要确认的不一致。</translation>
    </message>
</context>
<context>
    <name>AuditReplay</name>
    <message>
        <source>Sample %1 is in tube %2 at position %3, but the audit log put it in tube %4 at position %5.</source>
        <translation>样本 %1 位于采样管 %2 第 %3 位，但审计日志记录它在采样管 %4 第 %5 位。</translation>
    </message>
    <message>
        <source>Sample %1 in tube %2 is %3, but the audit log leaves it %4.</source>
        <translation>采样管 %2 中的样本 %1 状态为 %3，但按审计日志应为 %4。</translation>
    </message>
    <message>
        <source>%1 samples have no audit row: they were added or changed outside the application.</source>
        <translation>%1 个样本没有审计记录：它们是在本程序之外添加或修改的。</translation>
    </message>
    <message>
        <source>Sample %1 (tube %2, position %3, %4) is in the audit log but missing from the database: it was deleted.</source>
        <translation>样本 %1（采样管 %2，第 %3 位，%4）在审计日志中有记录，但数据库中缺失：它已被删除。</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Tube %1 was never opened according to the audit log.</source>
        <translation>按审计日志，采样管 %1 从未被开启。</translation>
    </message>
    <message>
        <source>Tube %1 is in box &quot;%2&quot;, but the audit log put it in box &quot;%3&quot;.</source>
        <translation>采样管 %1 在转运箱“%2”中，但审计日志记录它在转运箱“%3”中。</translation>
    </message>
    <message>
        <source>Tube %1 is in the audit log but missing from the database: it was deleted.</source>
        <translation>采样管 %1 在审计日志中有记录，但数据库中缺失：它已被删除。</translation>
    </message>
    <message>
        <source>Box %1 was never opened according to the audit log.</source>
        <translation>按审计日志，转运箱 %1 从未被开启。</translation>
    </message>
    <message>
        <source>Box %1 is in the audit log but missing from the database: it was deleted.</source>
        <translation>转运箱 %1 在审计日志中有记录，但数据库中缺失：它已被删除。</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>The backup file to write (it must not exist).</source>
        <translation>要写入的备份文件（不得已存在）。</translation>
    </message>
    <message>
        <source>Staff id of the operator who makes the backup.</source>
        <translation>进行备份的操作员工号。</translation>
    </message>
    <message>
        <source>Write a backup of the station to one file. It holds personal data only of days the province has not acknowledged yet, and of today.</source>
        <translation>将工作站备份为一个文件。其中只含省平台尚未确认的日期及今天的个人信息。</translation>
    </message>
    <message>
        <source>Give the backup file with --to FILE.</source>
        <translation>请用 --to FILE 指定备份文件。</translation>
    </message>
    <message>
        <source>Backup written to %1. It opens with the site passphrase and holds the personal data of %2 and later days.</source>
        <translation>备份已写入 %1。用采样点口令打开，含 %2 及以后各天的个人信息。</translation>
    </message>
</context>
<context>
    <name>CheckDigit</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>DataFolderLock</name>
    <message>
        <source>The data folder %1 cannot be locked for this window (is it read-only?). Nothing was changed.</source>
        <translation>无法为本窗口锁定数据文件夹 %1（是否为只读？）。没有做任何更改。</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Sampling Station is already open on the data folder %1: process %2 on %3, since %4.

Use that window, or close it before opening the station again. Two windows on one station would each show a different state of the same tube.</source>
        <translation>采样点工作站已在数据文件夹 %1 上打开：%3 上的进程 %2，自 %4 起。

请使用那个窗口，或先关闭它再重新打开工作站。同一工作站开两个窗口，会对同一采样管各显示不同的状态。</translation>
    </message>
</context>
<context>
    <name>FallbackEnrollment</name>
    <message>
        <source>The province&apos;s address is not valid.</source>
        <translation>省平台的地址无效。</translation>
    </message>
    <message>
        <source>This station syncs with no server yet: join the site hub first, then set the province as its fallback.</source>
        <translation>本台还没有同步服务器：请先加入采样点中心，再把省平台设为备用服务器。</translation>
    </message>
    <message>
        <source>%1 is the server this station syncs with already, not a fallback: give the province&apos;s address or join code, not the hub&apos;s.</source>
        <translation>%1 就是本台现在同步的服务器，不能作为备用服务器：请使用省平台的地址或加入码，而不是采样点中心的。</translation>
    </message>
    <message>
        <source>%1 Nothing was changed: a fallback set before stays in force.</source>
        <translation>%1没有做任何改动：原来设置的备用服务器照常有效。</translation>
    </message>
    <message>
        <source>%1 The former fallback could not be put back completely: check the sync settings in %2.</source>
        <translation>%1原来的备用服务器未能完全恢复：请检查 %2 中的同步设置。</translation>
    </message>
    <message>
        <source>The former province&apos;s token %1 could not be removed.</source>
        <translation>无法删除原省平台的令牌 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be removed.</source>
        <translation>无法删除文件 %1。</translation>
    </message>
</context>
<context>
    <name>IdDocument</name>
    <message>
        <source>The ID number contains “%1” at position %2; %3</source>
        <translation>证件号码第 %2 位含有“%1”；%3</translation>
    </message>
    <message numerus="yes">
        <source>The ID number has %n character(s); %1</source>
        <translation>
            <numerusform>证件号码有 %n 位；%1</numerusform>
        </translation>
    </message>
    <message>
        <source>only digits are allowed, and X as the last character.</source>
        <translation>只能是数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (“%1”) is not a real date.</source>
        <translation>证件号码中的出生日期（“%1”）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future.</source>
        <translation>证件号码中的出生日期（%1）晚于今天。</translation>
    </message>
    <message>
        <source>a 15-character number has only digits.</source>
        <translation>15 位号码只能是数字。</translation>
    </message>
    <message>
        <source>a resident identity card number has 18 characters (or 15 digits on an old card).</source>
        <translation>居民身份证号码为 18 位（旧证为 15 位数字）。</translation>
    </message>
    <message>
        <source>a Mainland travel permit for Hong Kong and Macao residents has 11 characters (H or M and 10 digits).</source>
        <translation>港澳居民来往内地通行证号码为 11 位（H 或 M 加 10 位数字）。</translation>
    </message>
    <message>
        <source>only letters and digits are allowed.</source>
        <translation>只能包含字母和数字。</translation>
    </message>
    <message>
        <source>A Mainland travel permit for Hong Kong and Macao residents starts with H or M, not “%1”.</source>
        <translation>港澳居民来往内地通行证号码应以 H 或 M 开头，而不是“%1”。</translation>
    </message>
    <message>
        <source>A Mainland travel permit for Hong Kong and Macao residents has 10 digits after the H or M.</source>
        <translation>港澳居民来往内地通行证号码在 H 或 M 之后应有 10 位数字。</translation>
    </message>
    <message>
        <source>An 18-character foreign permanent resident ID card number starts with 9, not “%1”.</source>
        <translation>18 位外国人永久居留身份证号码应以 9 开头，而不是“%1”。</translation>
    </message>
    <message>
        <source>A 15-character foreign permanent resident ID card number starts with 3 letters.</source>
        <translation>15 位外国人永久居留身份证号码应以 3 个字母开头。</translation>
    </message>
    <message>
        <source>A 15-character foreign permanent resident ID card number has 12 digits after its 3 letters.</source>
        <translation>15 位外国人永久居留身份证号码在 3 个字母之后应有 12 位数字。</translation>
    </message>
    <message>
        <source>a foreign permanent resident ID card number has 18 characters (2023 version) or 15 (2017 version).</source>
        <translation>外国人永久居留身份证号码为 18 位（2023 版）或 15 位（2017 版）。</translation>
    </message>
    <message>
        <source>a residence permit for Hong Kong, Macao and Taiwan residents has 18 characters.</source>
        <translation>港澳台居民居住证号码为 18 位。</translation>
    </message>
    <message>
        <source>A residence permit for Hong Kong, Macao and Taiwan residents starts with 81, 82 or 83, not %1.</source>
        <translation>港澳台居民居住证号码应以 81、82 或 83 开头，而不是 %1。</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Hong Kong and Macao residents</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit for Taiwan residents</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>The ID number is empty.</source>
        <translation>证件号码为空。</translation>
    </message>
    <message>
        <source>a Mainland travel permit for Taiwan residents has 8 to 10 letters and digits.</source>
        <translation>台湾居民来往大陆通行证号码为 8 至 10 位字母和数字。</translation>
    </message>
    <message>
        <source>a passport number has 5 to 17 letters and digits.</source>
        <translation>护照号码为 5 至 17 位字母和数字。</translation>
    </message>
    <message>
        <source>a document number has 1 to 32 letters and digits.</source>
        <translation>证件号码为 1 至 32 位字母和数字。</translation>
    </message>
    <message>
        <source>Unknown ID document type.</source>
        <translation>未知的证件类型。</translation>
    </message>
    <message>
        <source>The ID number does not add up: its check digit does not fit the other digits. A digit was probably mistyped or misread: compare every digit with the document.</source>
        <translation>证件号码校验不通过：校验位与其他数字不符。可能有一位输错或读错，请对照证件逐位核对。</translation>
    </message>
</context>
<context>
    <name>IdRevealsCommand</name>
    <message>
        <source>List the reveals of the last DAYS days (default 7).</source>
        <translation>列出最近 DAYS 天的查看记录（默认 7 天）。</translation>
    </message>
    <message>
        <source>Staff id of the site lead who reads the list.</source>
        <translation>查看此清单的采样点负责人工号。</translation>
    </message>
    <message>
        <source>List who saw which full ID numbers at this station, when and why (never the numbers).</source>
        <translation>列出在本工作站谁在何时、因何查看了哪些完整证件号码（不显示号码本身）。</translation>
    </message>
    <message>
        <source>--days must be a whole number from 1 to 3650.</source>
        <translation>--days 必须是 1 到 3650 之间的整数。</translation>
    </message>
    <message numerus="yes">
        <source>%n reveal(s) in the last %1 days: full ID numbers, and recalled people&apos;s contact details (contact_recalled).</source>
        <translation>
            <numerusform>最近 %1 天共查看 %n 次：完整证件号，以及被召回人员的联系方式（contact_recalled）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translation>SQLite 完整性检查无法运行：%1</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>SQLite 完整性：%1</translation>
    </message>
    <message>
        <source>A row in table %1 refers to a missing row.</source>
        <translation>表 %1 中有一行引用了不存在的行。</translation>
    </message>
    <message>
        <source>Tube %1 holds %2 people, more than its pool size %3.</source>
        <translation>采样管 %1 有 %2 人，超过了混采数 %3。</translation>
    </message>
    <message>
        <source>%1 samples have no outbox record.</source>
        <translation>%1 份样本没有待上传记录。</translation>
    </message>
    <message>
        <source>Box %1 was sealed with %2 tubes and %3 people but holds %4 tubes and %5 people.</source>
        <translation>转运箱 %1 封箱时为 %2 管 %3 人，现为 %4 管 %5 人。</translation>
    </message>
    <message>
        <source>The audit log is broken at row %1: it was changed, inserted or a row before it was removed.</source>
        <translation>审计日志在第 %1 行断开：该行被修改、插入，或其之前的某行被删除。</translation>
    </message>
    <message>
        <source>There are %1 outbox records of kind %2 but only %3 audit rows: audit rows were removed.</source>
        <translation>类型为 %2 的待上传记录有 %1 条，但审计记录只有 %3 条：审计记录已被删除。</translation>
    </message>
    <message>
        <source>There are %1 audit rows of kind %2 but only %3 outbox records: outbox records were removed.</source>
        <translation>类型为 %2 的审计记录有 %1 条，但待上传记录只有 %3 条：待上传记录已被删除。</translation>
    </message>
    <message>
        <source>The station&apos;s data key is missing, but its personal data is encrypted and its audit log was signed: the key row was removed. Restore it from a backup; personal data cannot be read or written without it.</source>
        <translation>采样点的数据密钥缺失，但其个人信息已加密且审计日志已签名：密钥记录被删除了。请从备份中恢复；没有它无法读取或写入个人信息。</translation>
    </message>
    <message>
        <source>Audit rows %1 to %2 were removed.</source>
        <translation>审计记录 %1 至 %2 已被删除。</translation>
    </message>
    <message>
        <source>Audit row %1 (%2) is not signed with the station&apos;s key: it was rewritten without the passphrase.</source>
        <translation>审计记录 %1（%2）没有用采样点密钥签名：它是在没有口令的情况下被改写的。</translation>
    </message>
    <message>
        <source>The signature of audit row %1 does not match: the row or one before it was changed.</source>
        <translation>审计记录 %1 的签名不符：该记录或其之前的记录已被修改。</translation>
    </message>
    <message>
        <source>The last audit rows were removed: rows up to %1 were written, the log ends at row %2.</source>
        <translation>最后几条审计记录已被删除：已写入到第 %1 条，日志却止于第 %2 条。</translation>
    </message>
    <message>
        <source>The province&apos;s server holds this station&apos;s audit log up to row %1, which is no longer here: the log was cut after it was synchronised.</source>
        <translation>省平台保存的本采样点审计日志到第 %1 条，而本地已没有这一条：日志在同步后被截断。</translation>
    </message>
    <message>
        <source>Audit row %1 differs from the one the province&apos;s server holds: the log was rewritten after it was synchronised.</source>
        <translation>审计记录 %1 与省平台保存的不一致：日志在同步后被改写。</translation>
    </message>
    <message>
        <source>Column %1 of sample %2 does not open with its row and column: it was moved or changed.</source>
        <translation>样本 %2 的 %1 列无法按其所属行和列解密：它被移动或修改过。</translation>
    </message>
    <message>
        <source>The person key of sample %1 is not the one of its ID number: it was changed.</source>
        <translation>样本 %1 的人员键与其证件号码不符：它被修改过。</translation>
    </message>
    <message>
        <source>The payload of outbox record %1 does not open with its row: it was moved or changed.</source>
        <translation>待上传记录 %1 的内容无法按其所属行解密：它被移动或修改过。</translation>
    </message>
    <message>
        <source>The database has schema version %1; this version of Sampling Station checks version %2. Nothing was changed.</source>
        <translation>数据库结构版本为 %1；本版本采样点工作站检查的是版本 %2。未做任何更改。</translation>
    </message>
    <message>
        <source>Audit anchor mismatch at row %1 acknowledged by %2 (%3) at %4: %5</source>
        <translation>第 %1 行的审计锚点不一致已由 %2（%3）于 %4 确认：%5</translation>
    </message>
</context>
<context>
    <name>JoinCode</name>
    <message>
        <source>This is not a join code. A join code starts with SSJOIN; the site hub shows it as a QR code.</source>
        <translation>这不是加入码。加入码以 SSJOIN 开头，由采样点中心以二维码显示。</translation>
    </message>
    <message>
        <source>This join code was made by a newer server than this station understands. Update the station.</source>
        <translation>此加入码由更新版本的服务器生成，本工作站无法识别。请更新工作站程序。</translation>
    </message>
    <message>
        <source>The join code is incomplete or damaged. Scan it again, or ask for a new one at the site hub.</source>
        <translation>加入码不完整或已损坏。请重新扫描，或到采样点中心获取新的加入码。</translation>
    </message>
    <message>
        <source>The join code names an address without https://. A station joins only over a secure connection.</source>
        <translation>加入码中的地址不是 https://。工作站只通过安全连接加入。</translation>
    </message>
    <message>
        <source>The join code&apos;s server address is not valid.</source>
        <translation>加入码中的服务器地址无效。</translation>
    </message>
    <message>
        <source>The join code&apos;s certificate fingerprint is damaged (it must be 64 hexadecimal digits).</source>
        <translation>加入码中的证书指纹已损坏（应为 64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>The join code&apos;s site code is not valid.</source>
        <translation>加入码中的采样点编码无效。</translation>
    </message>
    <message>
        <source>The join code&apos;s enrollment code is not valid.</source>
        <translation>加入码中的注册码无效。</translation>
    </message>
</context>
<context>
    <name>PersonalDataAccess</name>
    <message>
        <source>The station&apos;s day keys are damaged: personal data cannot be opened. Restore the station folder from a backup, or move it aside, set the station up again and sync.</source>
        <translation>工作站的每日密钥已损坏，无法打开个人信息。请从备份恢复工作站文件夹，或将其移走、重新设置工作站并同步。</translation>
    </message>
    <message>
        <source>storing the day keys</source>
        <translation>保存每日密钥</translation>
    </message>
    <message>
        <source>Another program set up the day keys at the same moment. Start again.</source>
        <translation>另一个程序同时设置了每日密钥。请重新启动。</translation>
    </message>
</context>
<context>
    <name>Pooling</name>
    <message>
        <source>Open</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>已封管</translation>
    </message>
    <message>
        <source>In a box</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>装箱中</translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>Destroy acknowledged personal data of days more than DAYS days old (0 = every day before today). Default: the station&apos;s retention setting.</source>
        <translation>销毁超过 DAYS 天、已被确认的个人信息（0 = 今天以前的每一天）。默认：工作站的保存期限设置。</translation>
    </message>
    <message>
        <source>Staff id of the operator who runs the purge.</source>
        <translation>执行清除的操作员工号。</translation>
    </message>
    <message>
        <source>Destroy personal data the province has acknowledged, day by day, once it is older than the retention period.</source>
        <translation>按天销毁省平台已确认、且超过保存期限的个人信息。</translation>
    </message>
    <message>
        <source>--older-than must be a whole number of days from 0 to 3650.</source>
        <translation>--older-than 必须是 0 到 3650 之间的整数天数。</translation>
    </message>
    <message>
        <source>The station&apos;s retention setting is off. Give --older-than DAYS.</source>
        <translation>工作站未开启保存期限设置。请给出 --older-than DAYS。</translation>
    </message>
    <message>
        <source>The keys of every day before %1 are destroyed: nothing of those days opens any more, with or without the passphrase.</source>
        <translation>%1 以前各天的密钥已销毁：无论有无口令，这些天的数据都无法再打开。</translation>
    </message>
    <message>
        <source>Kept from %1 on: the province has not acknowledged every record of that day yet. Sync, then purge again.</source>
        <translation>自 %1 起保留：省平台尚未确认当天的全部记录。请先同步，再次清除。</translation>
    </message>
    <message>
        <source>Another program (the station window?) is reading the database: the old pages stay in its write-ahead log until it closes or the next purge. Run purge again later.</source>
        <translation>另一个程序（工作站窗口？）正在读取数据库：旧数据页会留在预写日志中，直到它关闭或下次清除。请稍后再次执行清除。</translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of %n sample(s) and of %1 sent record(s).</source>
        <translation>
            <numerusform>已清除 %n 份样本和 %1 条已上传记录中的个人信息。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResidentCode</name>
    <message>
        <source>record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>registration id</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>population group code</source>
        <translation>人群分类代码</translation>
    </message>
    <message>
        <source>last valid day</source>
        <translation>有效期截止日</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无内容</translation>
    </message>
    <message>
        <source>The code has no %1 (“%2”), which is required.</source>
        <translation>码中缺少必填项：%1（“%2”）。</translation>
    </message>
    <message>
        <source>The %1 (“%2”) must be text, not %3.</source>
        <translation>%1（“%2”）必须是文本，而不是%3。</translation>
    </message>
    <message>
        <source>This code is not signed; this station accepts only codes signed by the registration service.</source>
        <translation>此码没有签名；本工作站只接受登记系统签发的带签名的码。</translation>
    </message>
    <message>
        <source>The signature (“s”) is not base64url text without padding.</source>
        <translation>签名（“s”）不是无填充的 base64url 文本。</translation>
    </message>
    <message>
        <source>The signature is %1 bytes long; an Ed25519 signature has %2.</source>
        <translation>签名长度为 %1 字节；Ed25519 签名应为 %2 字节。</translation>
    </message>
    <message>
        <source>The signature does not match: the code was altered or was not issued by the registration service.</source>
        <translation>签名不符：此码被改动过，或不是登记系统签发的。</translation>
    </message>
    <message>
        <source>The scanned code is not UTF-8 text, so it is not a resident code.</source>
        <translation>扫描到的内容不是 UTF-8 文本，不是居民登记码。</translation>
    </message>
    <message>
        <source>The scanned code is empty.</source>
        <translation>扫描到的内容为空。</translation>
    </message>
    <message>
        <source>The scanned code is a single JSON value, not an object {…}; it is not a resident code.</source>
        <translation>扫描到的是单个 JSON 值，不是对象 {…}；不是居民登记码。</translation>
    </message>
    <message>
        <source>The scanned code is not valid JSON (%1 at character %2); it may be damaged or not a resident code.</source>
        <translation>扫描到的内容不是有效的 JSON（第 %2 个字符处：%1）；码可能已损坏，或不是居民登记码。</translation>
    </message>
    <message>
        <source>The scanned code is a JSON list, not an object {…}; it is not a resident code.</source>
        <translation>扫描到的是 JSON 列表，不是对象 {…}；不是居民登记码。</translation>
    </message>
    <message>
        <source>The key “%1” appears more than once in the code; such a code is refused.</source>
        <translation>键“%1”在码中出现了不止一次；此类码不予接受。</translation>
    </message>
    <message>
        <source>The code has no record type (“t”); it is not a resident code.</source>
        <translation>码中没有记录类型（“t”）；不是居民登记码。</translation>
    </message>
    <message>
        <source>The code&apos;s record type is %1, not “rc”; it is not a resident code.</source>
        <translation>码的记录类型是 %1，而不是“rc”；不是居民登记码。</translation>
    </message>
    <message>
        <source>The version (“v”) must be a number, not %1.</source>
        <translation>版本（“v”）必须是数字，而不是%1。</translation>
    </message>
    <message>
        <source>This code is version %1; this station reads version %2.</source>
        <translation>此码为第 %1 版；本工作站读取第 %2 版。</translation>
    </message>
    <message>
        <source>“%1” is not a known ID document type; expected 01, 02, 03, 04, 05, 06 or 99.</source>
        <translation>“%1”不是已知的证件类型；应为 01、02、03、04、05、06 或 99。</translation>
    </message>
    <message>
        <source>The last valid day (“e”) “%1” is not a real date in the form YYYY-MM-DD.</source>
        <translation>有效期截止日（“e”）“%1”不是 YYYY-MM-DD 格式的有效日期。</translation>
    </message>
    <message>
        <source>This code was valid until %1; it has expired. The resident must register again.</source>
        <translation>此码有效期至 %1，已过期。请居民重新登记。</translation>
    </message>
    <message>
        <source>The registration id contains “%1”; only letters A–Z and a–z, digits and “-” are allowed.</source>
        <translation>登记编号含有“%1”；只允许字母 A–Z、a–z、数字和“-”。</translation>
    </message>
    <message>
        <source>The registration id has %1 characters; it must have 8 to 32.</source>
        <translation>登记编号有 %1 个字符；应为 8 至 32 个。</translation>
    </message>
    <message>
        <source>The name contains an invalid (unpaired) character.</source>
        <translation>姓名含有无效（不成对）的字符。</translation>
    </message>
    <message>
        <source>The name contains a control character (%1).</source>
        <translation>姓名含有控制字符（%1）。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>姓名有 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>a mainland number has 11 digits starting with 1; an international number is + followed by 6 to 15 digits.</source>
        <translation>内地号码为以 1 开头的 11 位数字；境外号码为 + 加 6 至 15 位数字。</translation>
    </message>
    <message>
        <source>The phone number contains “%1”; %2</source>
        <translation>电话号码含有“%1”；%2</translation>
    </message>
    <message>
        <source>The phone number is not valid: %1</source>
        <translation>电话号码无效：%1</translation>
    </message>
    <message>
        <source>The address has %1 characters; at most %2 are allowed.</source>
        <translation>地址有 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The population group code contains “%1”; only A–Z, 0–9 and “_” are allowed.</source>
        <translation>人群分类代码含有“%1”；只允许 A–Z、0–9 和“_”。</translation>
    </message>
    <message>
        <source>The population group code has %1 characters; at most 16 are allowed.</source>
        <translation>人群分类代码有 %1 个字符；最多允许 16 个。</translation>
    </message>
</context>
<context>
    <name>RetentionPurge</name>
    <message>
        <source>erasing old personal data</source>
        <translation>清除过期的个人信息</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>保存期限不能为负数。</translation>
    </message>
    <message>
        <source>The day keys could not be advanced; nothing was erased.</source>
        <translation>每日密钥无法前移，未清除任何数据。</translation>
    </message>
</context>
<context>
    <name>ScanClassifier</name>
    <message>
        <source>The %1 pattern “%2” is not a valid regular expression: %3 (at character %4).</source>
        <translation>%1规则“%2”不是有效的正则表达式：%3（第 %4 个字符处）。</translation>
    </message>
    <message>
        <source>tube</source>
        <translation>采样管</translation>
    </message>
    <message>
        <source>box</source>
        <translation>转运箱</translation>
    </message>
    <message>
        <source>The scan was empty: nothing but spaces or control characters was read.</source>
        <translation>扫描内容为空：只读到空格或控制字符。</translation>
    </message>
    <message>
        <source>a single character</source>
        <translation>一个字符</translation>
    </message>
    <message>
        <source>a number with %1 characters that looks like an ID number</source>
        <translation>一个 %1 位、看起来像身份证号的号码</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>一个网址</translation>
    </message>
    <message>
        <source>a number with %1 digits</source>
        <translation>一个 %1 位的数字</translation>
    </message>
    <message>
        <source>text with %1 characters, some of them control characters</source>
        <translation>一段 %1 个字符、含控制字符的文字</translation>
    </message>
    <message>
        <source>text with %1 characters</source>
        <translation>一段 %1 个字符的文字</translation>
    </message>
    <message>
        <source>Read %1, but the site&apos;s code patterns are broken: %2</source>
        <translation>读到%1，但本采样点的编码规则有误：%2</translation>
    </message>
    <message>
        <source>Read %1: this is not a resident code, a tube code or a box code. Nothing was recorded.</source>
        <translation>读到%1：这不是居民登记码、采样管码或转运箱码。未记录任何内容。</translation>
    </message>
    <message>
        <source>This is a join code for a site hub, not a code for the table. To join the hub, open Settings (F10), Join a site hub, and scan it there.</source>
        <translation>这是采样点中心的加入码，不是采样台用的码。要加入采样点中心，请打开“设置”（F10）→“加入采样点中心”，在那里扫码。</translation>
    </message>
    <message>
        <source>a resident&apos;s code</source>
        <translation>居民码</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <source>building the shift report</source>
        <translation>生成班次报告</translation>
    </message>
    <message>
        <source>This station is not provisioned: there is nothing to report.</source>
        <translation>本工作站尚未设置：没有可报告的内容。</translation>
    </message>
</context>
<context>
    <name>ShiftReportPdf</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <source>Sampling shift report %1 %2</source>
        <translation>采样班次报告 %1 %2</translation>
    </message>
    <message>
        <source>%1 · table %2 · %3 · generated %4 · ID numbers are masked; no resident names.</source>
        <translation>%1 · %2号台 · %3 · 生成于 %4 · 证件号码已打码；不含居民姓名。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Cannot draw the report PDF at %1.</source>
        <translation>无法在 %1 生成报告 PDF。</translation>
    </message>
    <message>
        <source>Sampling Shift Report</source>
        <translation>采样班次报告</translation>
    </message>
    <message>
        <source>%1 (%2) · district %3 · table %4 · device %5
Date %6 (%7)</source>
        <translation>%1（%2）· 行政区 %3 · %4号台 · 设备 %5
日期 %6（%7）</translation>
    </message>
    <message>
        <source>1. Totals</source>
        <translation>1. 汇总</translation>
    </message>
    <message>
        <source>Swabs taken</source>
        <translation>采样总数</translation>
    </message>
    <message>
        <source>Valid samples</source>
        <translation>有效样本</translation>
    </message>
    <message>
        <source>People sampled</source>
        <translation>采样人数</translation>
    </message>
    <message>
        <source>Voided (sample again)</source>
        <translation>已作废（需重新采样）</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Tubes opened</source>
        <translation>启用采样管数</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>转运箱数</translation>
    </message>
    <message>
        <source>First / last swab</source>
        <translation>首次 / 末次采样</translation>
    </message>
    <message>
        <source>2. Swabs per hour</source>
        <translation>2. 每小时采样数</translation>
    </message>
    <message>
        <source>3. Per table and per operator</source>
        <translation>3. 按采样台和操作员</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>采样台</translation>
    </message>
    <message>
        <source>Swabs</source>
        <translation>采样数</translation>
    </message>
    <message>
        <source>Seconds per sample (last hour of work)</source>
        <translation>每份采样秒数（最近一小时工作）</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>4. Tube and box reconciliation</source>
        <translation>4. 采样管与转运箱核对</translation>
    </message>
    <message>
        <source>Tubes opened today, now</source>
        <translation>今日启用的采样管，当前状态</translation>
    </message>
    <message>
        <source>Tubes</source>
        <translation>管数</translation>
    </message>
    <message>
        <source>People (today&apos;s swabs)</source>
        <translation>人数（今日采样）</translation>
    </message>
    <message>
        <source>Open at the table</source>
        <translation>采样台使用中</translation>
    </message>
    <message>
        <source>Sealed, not yet boxed</source>
        <translation>已封管，未装箱</translation>
    </message>
    <message>
        <source>In a box</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <source>Handed over to the courier</source>
        <translation>已交转运员</translation>
    </message>
    <message>
        <source>Voided (people to sample again)</source>
        <translation>已作废（需重新采样的人）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Valid swabs %1 = people in open, sealed, boxed and handed-over tubes: the counts reconcile.</source>
        <translation>有效采样 %1 = 使用中、已封管、已装箱和已交接采样管中的人数：数量相符。</translation>
    </message>
    <message>
        <source>Valid swabs %1 do NOT match the people in tubes: check the station database (sampling-station-cli check).</source>
        <translation>有效采样 %1 与采样管中的人数不符：请检查工作站数据库（sampling-station-cli check）。</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>转运箱</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Sealed with</source>
        <translation>封箱时管/人</translation>
    </message>
    <message>
        <source>First swab</source>
        <translation>首份采样时间</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>转运员</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>5. Voided tubes and removed samples</source>
        <translation>5. 作废的采样管和移除的样本</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Tube</source>
        <translation>采样管</translation>
    </message>
    <message>
        <source>To sample again</source>
        <translation>需重新采样</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>位</translation>
    </message>
    <message>
        <source>ID (masked)</source>
        <translation>证件号（打码）</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Tubes sealed before they were full:</source>
        <translation>未满即封管的采样管：</translation>
    </message>
    <message>
        <source>People / pool</source>
        <translation>人数 / 混采数</translation>
    </message>
    <message>
        <source>6. Transmission to the province</source>
        <translation>6. 上传省平台情况</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待上传</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>All of the day&apos;s records were acknowledged by the province (last acknowledgement %1).</source>
        <translation>当天所有记录均已被省平台确认（最近一次确认 %1）。</translation>
    </message>
    <message>
        <source>%1 of the day&apos;s records had not reached the province when this report was generated (oldest from %2).</source>
        <translation>生成本报告时，当天有 %1 条记录尚未到达省平台（最早的来自 %2）。</translation>
    </message>
    <message>
        <source>Site lead (name)</source>
        <translation>采样点负责人（姓名）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>at the site hub</source>
        <translation>在采样点中心</translation>
    </message>
    <message>
        <source>at table %1</source>
        <translation>在%1号台</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>在%1</translation>
    </message>
    <message>
        <source>Box %1 was handed over %2 at %3.</source>
        <translation>转运箱 %1 已于 %3 %2交接。</translation>
    </message>
    <message>
        <source>Tube %1 went into box %2 %3; the box was handed over %4 at %5.</source>
        <translation>采样管 %1 %3装入转运箱 %2；该箱已于 %5 %4交接。</translation>
    </message>
    <message>
        <source>Tube %1 went into box %2 %3; the box waits for the courier there.</source>
        <translation>采样管 %1 %3装入转运箱 %2；该箱在那里等待转运员。</translation>
    </message>
</context>
<context>
    <name>ShiftSimulator</name>
    <message>
        <source>Simulate at least one resident.</source>
        <translation>至少模拟一名居民。</translation>
    </message>
    <message>
        <source>A tube is open at this station; finish it before simulating.</source>
        <translation>本工作站有未完成的采样管；请先完成再模拟。</translation>
    </message>
    <message>
        <source>A box is open at this station; seal it before simulating.</source>
        <translation>本工作站有正在装箱的转运箱；请先封箱再模拟。</translation>
    </message>
    <message>
        <source>Wrong person scanned</source>
        <translation>扫错了人</translation>
    </message>
    <message>
        <source>Tube dropped</source>
        <translation>采样管掉落</translation>
    </message>
    <message>
        <source>End of simulated shift</source>
        <translation>模拟班次结束</translation>
    </message>
    <message>
        <source>Unused at end of shift</source>
        <translation>班次结束时未使用</translation>
    </message>
    <message>
        <source>The pool size must be 1, 5, 10 or 20.</source>
        <translation>混采人数必须是 1、5、10 或 20。</translation>
    </message>
</context>
<context>
    <name>SilentServer</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内没有回答</translation>
    </message>
    <message>
        <source>the request went out, then no answer came for %1 s</source>
        <translation>请求已发出，之后 %1 秒没有回答</translation>
    </message>
</context>
<context>
    <name>SiteFigures</name>
    <message>
        <source>the server&apos;s site figures are not in the expected form</source>
        <translation>服务器返回的采样点数据格式不符</translation>
    </message>
</context>
<context>
    <name>SiteNotes</name>
    <message>
        <source>The province refused this record: tube code %1 belongs to another site</source>
        <translation>省平台拒收了这条记录：采样管码 %1 属于另一个采样点</translation>
    </message>
    <message>
        <source>The province holds other content for this record (it came through the site hub)</source>
        <translation>省平台已存有这条记录的另一份内容（经采样点中心上传）</translation>
    </message>
    <message>
        <source>The province refused this record as invalid (it came through the site hub)</source>
        <translation>省平台认为这条记录无效而拒收（经采样点中心上传）</translation>
    </message>
    <message>
        <source>The province did not take this record (%1)</source>
        <translation>省平台未接收这条记录（%1）</translation>
    </message>
    <message>
        <source>The site hub took this sample (it cannot know the tube codes of other sites); the province then found that tube code %1 was first used at another site, so the laboratory cannot take it under this code. Tell the site lead now: set the tube aside and mark it, do not send it under this code, and sample the people of this tube again into a new tube. The record stays here and at the hub.</source>
        <translation>采样点中心接收了这份样本（它无法知道其他采样点的采样管码）；省平台随后发现采样管码 %1 已先在另一个采样点使用，检测机构无法按此采样管码接收。请立即告知采样点负责人：把这支管单独放好并做标记，不要按此采样管码送检，并为这支管里的人重新采样到一支新管。这条记录仍保留在本台和采样点中心上。</translation>
    </message>
    <message>
        <source>The province keeps the first version it received. Tell the site lead, and give the province&apos;s administrator the record id and the output of `relay-status` at the hub. Nothing needs to be entered again.</source>
        <translation>省平台保留它最先收到的版本。请告知采样点负责人，并把记录编号和采样点中心上 `relay-status` 的输出交给省平台管理员。无需重新录入。</translation>
    </message>
    <message>
        <source>The province did not store this record. Tell the site lead, and give the province&apos;s administrator the record id and the output of `relay-status` at the hub. The record stays here and at the hub; do not enter it again.</source>
        <translation>省平台没有保存这条记录。请告知采样点负责人，并把记录编号和采样点中心上 `relay-status` 的输出交给省平台管理员。这条记录仍保留在本台和采样点中心上；请勿重新录入。</translation>
    </message>
    <message>
        <source>Tube code %1 was also used at %2</source>
        <translation>采样管码 %1 也在%2使用过</translation>
    </message>
    <message>
        <source>This person was also sampled at %1 at %2 the same day, without a confirmed re-test</source>
        <translation>此人同一天也于 %2 在%1采样，且未确认复采</translation>
    </message>
    <message>
        <source>Tube %1 was also packed into a box at %2</source>
        <translation>采样管 %1 也在%2装入了转运箱</translation>
    </message>
    <message>
        <source>Box %1 was also handed over at %2</source>
        <translation>转运箱 %1 也在%2交接了</translation>
    </message>
    <message>
        <source>Site note: %1</source>
        <translation>采样点提示：%1</translation>
    </message>
    <message>
        <source>The person may have been sampled twice today (here in tube %1, and at %2). Tell the site lead; if it was not meant as a re-test, the laboratory may see the person twice. Nothing needs to be entered again.</source>
        <translation>此人今天可能被采样两次（本台采样管 %1，以及 %2）。请告诉采样点负责人；如果不是有意复采，实验室可能会看到此人两次。不需要重新录入。</translation>
    </message>
    <message>
        <source>Two boxes list tube %1 (one packed here, one at %2), but only one can hold it. Tell the site lead now: open neither box; check which box holds the tube and tell the laboratory that the other box&apos;s manifest lists it by mistake. Nothing needs to be entered again.</source>
        <translation>两个转运箱都列有采样管 %1（一个在本台装箱，一个在%2），但只有一个转运箱能装着它。请立即告知采样点负责人：两个转运箱都不要打开；核实采样管在哪个转运箱里，并告知实验室另一个转运箱的清单误列了它。无需重新录入。</translation>
    </message>
    <message>
        <source>Box %1 was handed over twice (here and at %2). Tell the site lead: check with the courier which hand-over is the real one and keep both manifests for the laboratory. Nothing needs to be entered again.</source>
        <translation>转运箱 %1 被交接了两次（本台和%2）。请告知采样点负责人：与转运员核实哪次交接是真实的，并为实验室保留两份清单。无需重新录入。</translation>
    </message>
    <message>
        <source>Staff ID %1 is %2 at %3; this station&apos;s %1 is %4</source>
        <translation>工号 %1 在%3是 %2；本工作站的 %1 是 %4</translation>
    </message>
    <message>
        <source>another table</source>
        <translation>另一台</translation>
    </message>
    <message>
        <source>Two people have staff ID %1, so neither replaced the other: each signs in only at the tables that hold their own %1. Tell the site lead: give one of them another staff ID in F9 (add them again under a new staff ID, then disable %1 at the table where it is theirs), and tell them their new ID.</source>
        <translation>两个人用了同一个工号 %1，谁都没有替换对方：每人只能在保存着自己那个 %1 的台上登录。请告知采样点负责人：在 F9 中给其中一人换一个新工号（用新工号重新添加，再在此工号属于此人的那台停用 %1），并把新工号告诉本人。</translation>
    </message>
    <message>
        <source>Box code %1 was also used at %2</source>
        <translation>箱码 %1 也在%2使用过</translation>
    </message>
    <message>
        <source>Two tables used tube code %1, so their samples could be mixed up at the laboratory. If the tube is still open here, no one more goes into it: seal it now with its people and open a new tube. Tell the site lead now: keep both tubes apart, mark them, and tell the laboratory which tubes share the code. Nothing needs to be entered again.</source>
        <translation>两个采样台使用了同一采样管码 %1，实验室可能会混淆两管样本。如果本台的该管仍在使用中，不能再往里加人：请立即连同管内的人一起封管，然后开启新采样管。请立即告诉采样点负责人：把两支管分开放并做标记，并告知实验室哪些管共用此采样管码。不需要重新录入。</translation>
    </message>
    <message>
        <source>Two boxes have code %1 (one packed here, one at %2), so the courier and the laboratory could take one for the other. Tell the site lead now: keep the boxes apart, mark both, hand each over only with its own manifest and tell the laboratory that two boxes share the code. Nothing needs to be entered again.</source>
        <translation>有两个转运箱使用箱码 %1（一个在本台装箱，一个在%2），转运员和实验室可能把两箱弄混。请立即告诉采样点负责人：把两箱分开放并都做标记，每箱只随它自己的清单交接，并告知实验室有两箱共用此箱码。不需要重新录入。</translation>
    </message>
</context>
<context>
    <name>SiteOverview</name>
    <message>
        <source>%1 has taken no sample for %2 (last at %3).</source>
        <translation>%1已有 %2没有采样（最近一次在 %3）。</translation>
    </message>
    <message>
        <source>%1 has taken no sample since the shift began at %2.</source>
        <translation>%1自 %2 班次开始以来没有采样。</translation>
    </message>
    <message>
        <source>Box %1 of %2 passed the 4-hour limit at %3 (first swab %4 ago). Call the courier and record the temperature.</source>
        <translation>%2的转运箱 %1 已于 %3 超过 4 小时时限（首份采样在 %4 前）。请联系转运员并记录温度。</translation>
    </message>
    <message>
        <source>Box %1 of %2 reaches the 4-hour limit at %3 (first swab %4 ago).</source>
        <translation>%2的转运箱 %1 将于 %3 达到 4 小时时限（首份采样在 %4 前）。</translation>
    </message>
    <message>
        <source>%1 has not been heard from since %2 (%3): its figures are old. Check its network.</source>
        <translation>%1自 %2 起未联系（%3）：其数据已过时。请检查该台的网络。</translation>
    </message>
    <message>
        <source>%1 has not been heard from yet. Check that it is switched on and joined to the site.</source>
        <translation>%1尚未联系过。请检查该台是否已开机并已加入本采样点。</translation>
    </message>
    <message>
        <source>The site hub</source>
        <translation>采样点中心</translation>
    </message>
    <message>
        <source>The site&apos;s sync server</source>
        <translation>采样点的同步服务器</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>%1 cannot be reached: the other tables&apos; figures and alerts are as of %2 (%3) and may be out of date.</source>
        <translation>无法连接%1：其他采样台的数据和提醒截至 %2（%3），可能已过时。</translation>
    </message>
    <message>
        <source>%1 cannot be reached: this station cannot know how the other tables are doing.</source>
        <translation>无法连接%1：本台无法得知其他采样台的情况。</translation>
    </message>
</context>
<context>
    <name>StationApp</name>
    <message>
        <source>Sampling Station: the sampling table workstation</source>
        <translation>采样点工作站：采样台工作站软件</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <source>User interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Read codes from a video file instead of a camera.</source>
        <translation>从视频文件而不是摄像头读取条码。</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE after start-up and quit.</source>
        <translation>启动后将窗口截图保存到 FILE 并退出。</translation>
    </message>
    <message>
        <source>Sampling Station</source>
        <translation>采样点工作站</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>The station database cannot be opened.

%1

Nothing was changed. Ask your site supervisor for help.</source>
        <translation>无法打开工作站数据库。

%1

没有做任何更改。请联系采样点负责人。</translation>
    </message>
    <message>
        <source>File whose first line is the site passphrase (otherwise STATION_SITE_PASSPHRASE, otherwise the station asks).</source>
        <translation>第一行为采样点口令的文件（否则使用 STATION_SITE_PASSPHRASE，再否则由工作站询问）。</translation>
    </message>
    <message>
        <source>Unlock the station</source>
        <translation>解锁工作站</translation>
    </message>
    <message>
        <source>Checking the site passphrase…</source>
        <translation>正在核对采样点口令…</translation>
    </message>
    <message>
        <source>No camera is set up. Scan with the handheld scanner, or choose a camera in Settings (F10).</source>
        <translation>未设置摄像头。请使用手持扫码枪扫码，或在设置（F10）中选择摄像头。</translation>
    </message>
    <message numerus="yes">
        <source>Retention: the personal data of %n acknowledged sample(s) was destroyed.</source>
        <translation>
            <numerusform>到期清除：已销毁 %n 份已确认样本的个人信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention could not run: %1</source>
        <translation>到期清除未能执行：%1</translation>
    </message>
    <message>
        <source>The data folder %1 does not exist. Check the path given with --data-dir.

To set up a new station there, create the empty folder first (or provision it with sampling-station-cli init --data-dir), then start again.</source>
        <translation>数据文件夹 %1 不存在。请检查 --data-dir 给出的路径。

如要在该处设置新的工作站，请先创建这个空文件夹（或用 sampling-station-cli init --data-dir 进行配置），然后重新启动。</translation>
    </message>
    <message>
        <source>The station&apos;s data directory (database, settings). It must exist; without this option, the default folder is used (and set up on the first start).</source>
        <translation>工作站的数据文件夹（数据库、设置）。该文件夹必须已存在；不加此选项时使用默认文件夹（首次启动时创建）。</translation>
    </message>
    <message>
        <source>sampling-station: %1</source>
        <translation>sampling-station：%1</translation>
    </message>
    <message>
        <source>Run sampling-station --help for the options.</source>
        <translation>运行 sampling-station --help 查看全部选项。</translation>
    </message>
    <message>
        <source>sampling-station: unexpected argument: %1</source>
        <translation>sampling-station：多余的参数：%1</translation>
    </message>
    <message>
        <source>Usage: sampling-station [options]</source>
        <translation>用法：sampling-station [选项]</translation>
    </message>
</context>
<context>
    <name>StationTubeCode</name>
    <message>
        <source>%1 is not a valid station tube code: its check digit (the last digit) does not match. The label was misread or mistyped; scan it again or type it exactly as printed.</source>
        <translation>%1 不是有效的工作站采样管码：校验码（最后一位）不符。标签被误读或输错；请重新扫描，或按标签上的内容准确输入。</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>The sync settings could not be written to %1.</source>
        <translation>无法将上传设置写入 %1。</translation>
    </message>
    <message>
        <source>The device token could not be saved in %1.</source>
        <translation>无法将设备令牌保存到 %1。</translation>
    </message>
    <message>
        <source>The CA certificate %1 cannot be read.</source>
        <translation>无法读取 CA 证书 %1。</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>文件 %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>The CA certificate could not be copied into %1.</source>
        <translation>无法将 CA 证书复制到 %1。</translation>
    </message>
    <message>
        <source>The sync settings were not saved: they name no valid server address.</source>
        <translation>同步设置未保存：其中没有有效的服务器地址。</translation>
    </message>
    <message>
        <source>The site key could not be saved in %1.</source>
        <translation>无法在 %1 中保存采样点密钥。</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 条待上传</translation>
    </message>
    <message>
        <source>oldest %1</source>
        <translation>最早 %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次上传 %1</translation>
    </message>
    <message>
        <source>%1 sync problems</source>
        <translation>%1 个同步问题</translation>
    </message>
    <message>
        <source>Hub unreachable since %1 — sending straight to the province</source>
        <translation>采样点中心自 %1 起连不上 — 直接发送到省平台</translation>
    </message>
    <message>
        <source>hub unreachable since %1, to the province from %2</source>
        <translation>采样点中心自 %1 起连不上，%2 起改发省平台</translation>
    </message>
    <message>
        <source>%1 at the province, not yet at the hub</source>
        <translation>%1 条已到省平台、尚未到采样点中心</translation>
    </message>
    <message>
        <source>Offline: the server does not answer</source>
        <translation>离线：服务器无应答</translation>
    </message>
    <message>
        <source>Offline: the server&apos;s certificate is refused</source>
        <translation>离线：服务器证书被拒绝</translation>
    </message>
    <message>
        <source>Offline: this station is not accepted</source>
        <translation>离线：本工作站未被接受</translation>
    </message>
    <message>
        <source>Offline: the server cannot take records now</source>
        <translation>离线：服务器暂时无法接收记录</translation>
    </message>
    <message>
        <source>Offline: this station&apos;s storage failed</source>
        <translation>离线：本工作站存储出错</translation>
    </message>
</context>
<context>
    <name>SyncTls</name>
    <message>
        <source>The pinned CA certificate %1 cannot be read.</source>
        <translation>无法读取指定的 CA 证书 %1。</translation>
    </message>
    <message>
        <source>The pinned CA file %1 holds no PEM certificate.</source>
        <translation>指定的 CA 文件 %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired. Nothing was sent; ask the server&apos;s administrator to renew it.</source>
        <translation>服务器证书已过期。未发送任何数据；请联系服务器管理员更新证书。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet (check this station&apos;s date and time). Nothing was sent.</source>
        <translation>服务器证书尚未生效（请检查本工作站的日期和时间）。未发送任何数据。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name than the server address in the settings. Nothing was sent.</source>
        <translation>服务器证书的主机名与设置中的服务器地址不符。未发送任何数据。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by a trusted authority (or by the CA pinned in the settings). Nothing was sent.</source>
        <translation>服务器证书不是由受信任的机构（或设置中指定的 CA）签发的。未发送任何数据。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed. Nothing was sent.</source>
        <translation>与服务器的安全连接失败。未发送任何数据。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused: %1. Nothing was sent.</source>
        <translation>服务器证书被拒绝：%1。未发送任何数据。</translation>
    </message>
</context>
<context>
    <name>TubeCodeCheck</name>
    <message>
        <source>Tube code %1 fails the site&apos;s check digit (%2): scan the tube again or use another tube.</source>
        <translation>采样管码 %1 未通过本点的校验位（%2）：请重新扫码或换一支采样管。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Station directory (default: %1).</source>
        <translation>工作站目录（默认：%1）。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>No station in %1. Provision one with: sampling-station-cli init</source>
        <translation>%1 中没有工作站。请用以下命令设置：sampling-station-cli init</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 格式输出报告。</translation>
    </message>
    <message>
        <source>Check the station database and print its counts.</source>
        <translation>检查工作站数据库并输出各项数量。</translation>
    </message>
    <message>
        <source>Schema version   %1</source>
        <translation>结构版本     %1</translation>
    </message>
    <message>
        <source>Provisioned      %1</source>
        <translation>已设置       %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Residents        %1</source>
        <translation>居民         %1</translation>
    </message>
    <message>
        <source>Samples          %1 (removed %2, voided %3)</source>
        <translation>样本         %1（已删除 %2，已作废 %3）</translation>
    </message>
    <message>
        <source>Tubes            %1</source>
        <translation>采样管       %1</translation>
    </message>
    <message>
        <source>Boxes            %1</source>
        <translation>转运箱       %1</translation>
    </message>
    <message>
        <source>Outbox pending   %1 (acknowledged %2, problems %3)</source>
        <translation>待上传       %1（已确认 %2，有问题 %3）</translation>
    </message>
    <message>
        <source>PROBLEM: the station is not provisioned.</source>
        <translation>问题：本工作站尚未设置。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cannot read image %1: %2</source>
        <translation>无法读取图像 %1：%2</translation>
    </message>
    <message>
        <source>playback stalled (no frame for 15 s)</source>
        <translation>播放停滞（15 秒内没有画面）</translation>
    </message>
    <message>
        <source>Cannot play video %1: %2</source>
        <translation>无法播放视频 %1：%2</translation>
    </message>
    <message>
        <source>no video frames were decoded</source>
        <translation>未解码出任何视频画面</translation>
    </message>
    <message>
        <source>Usage: sampling-station-cli decode FILE...</source>
        <translation>用法：sampling-station-cli decode 文件...</translation>
    </message>
    <message>
        <source>Decodes QR and Code 128 codes in images and video files with the camera pipeline and prints one JSON line per code:</source>
        <translation>用摄像头的识别流程识别图像和视频文件中的二维码和 Code 128 条码，每个码输出一行 JSON：</translation>
    </message>
    <message>
        <source>For an image, ms is the decode time; for a video, the time of the first frame showing the code (each code is printed once per file).</source>
        <translation>对图像，ms 为识别耗时；对视频，ms 为首次出现该码的画面时间（每个文件中每个码只输出一次）。</translation>
    </message>
    <message>
        <source>Exit status: 0 when every file was read, 1 when a file could not be read, 2 for a usage error.</source>
        <translation>退出状态：全部文件读取成功为 0，有文件无法读取为 1，用法错误为 2。</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>未知选项：%1</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>文件不存在：%1</translation>
    </message>
    <message>
        <source>json (samples and tubes) or csv.</source>
        <translation>json（样本和采样管）或 csv。</translation>
    </message>
    <message>
        <source>With csv: samples (default) or tubes.</source>
        <translation>使用 csv 时：samples（样本，默认）或 tubes（采样管）。</translation>
    </message>
    <message>
        <source>Only this day (YYYY-MM-DD, the site&apos;s calendar).</source>
        <translation>只导出这一天（YYYY-MM-DD，按采样点日期）。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入文件 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>Export samples and tubes (ID numbers masked).</source>
        <translation>导出样本和采样管（证件号码已打码）。</translation>
    </message>
    <message>
        <source>Unknown format %1: use json or csv.</source>
        <translation>未知格式 %1：请使用 json 或 csv。</translation>
    </message>
    <message>
        <source>Unknown --what %1: use samples or tubes.</source>
        <translation>未知的 --what %1：请使用 samples 或 tubes。</translation>
    </message>
    <message>
        <source>The date must be YYYY-MM-DD.</source>
        <translation>日期格式必须为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Site code (letters, digits, - and _).</source>
        <translation>采样点编码（字母、数字、- 和 _）。</translation>
    </message>
    <message>
        <source>Site name, as printed on labels.</source>
        <translation>采样点名称，按标签上打印的写。</translation>
    </message>
    <message>
        <source>District (code or name).</source>
        <translation>行政区（代码或名称）。</translation>
    </message>
    <message>
        <source>Table number at the site.</source>
        <translation>本采样点的采样台号。</translation>
    </message>
    <message>
        <source>Default people per tube: 1, 5, 10 or 20 (default 10).</source>
        <translation>默认混采数（每管人数）：1、5、10 或 20（默认 10）。</translation>
    </message>
    <message>
        <source>Regular expression of tube codes.</source>
        <translation>采样管码的正则表达式。</translation>
    </message>
    <message>
        <source>Regular expression of box codes.</source>
        <translation>转运箱码的正则表达式。</translation>
    </message>
    <message>
        <source>Device id (default: generated).</source>
        <translation>设备编号（默认自动生成）。</translation>
    </message>
    <message>
        <source>First operator&apos;s staff id.</source>
        <translation>第一位操作员的工号。</translation>
    </message>
    <message>
        <source>First operator&apos;s name.</source>
        <translation>第一位操作员的姓名。</translation>
    </message>
    <message>
        <source>Provision a station non-interactively.</source>
        <translation>以非交互方式设置工作站。</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>The table number must be a whole number.</source>
        <translation>采样台号必须是整数。</translation>
    </message>
    <message>
        <source>The pool size must be 1, 5, 10 or 20.</source>
        <translation>混采数必须为 1、5、10 或 20。</translation>
    </message>
    <message>
        <source>Station provisioned in %1</source>
        <translation>工作站已在 %1 中设置完成</translation>
    </message>
    <message>
        <source>  site      %1 (%2), district %3</source>
        <translation>  采样点    %1（%2），行政区 %3</translation>
    </message>
    <message>
        <source>  table     %1</source>
        <translation>  采样台    %1</translation>
    </message>
    <message>
        <source>  device    %1</source>
        <translation>  设备      %1</translation>
    </message>
    <message>
        <source>  pool size %1</source>
        <translation>  混采数    %1</translation>
    </message>
    <message>
        <source>  operator  %1</source>
        <translation>  操作员    %1</translation>
    </message>
    <message>
        <source>Write a tube or box label to a file.</source>
        <translation>将采样管或转运箱标签写入文件。</translation>
    </message>
    <message>
        <source>pdf, png or zpl.</source>
        <translation>pdf、png 或 zpl。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Unused by label.</source>
        <translation>label 命令不使用此项。</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE.</source>
        <translation>请用 --out FILE 指定要写入的文件。</translation>
    </message>
    <message>
        <source>--format must be pdf, png or zpl, not &quot;%1&quot;.</source>
        <translation>--format 必须为 pdf、png 或 zpl，而不是“%1”。</translation>
    </message>
    <message>
        <source>Print a tube or box label.</source>
        <translation>打印采样管或转运箱标签。</translation>
    </message>
    <message>
        <source>Where to print: %1.</source>
        <translation>打印目标：%1。</translation>
    </message>
    <message>
        <source>Unused by print.</source>
        <translation>print 命令不使用此项。</translation>
    </message>
    <message>
        <source>Give the printer with --printer %1.</source>
        <translation>请用 --printer %1 指定打印机。</translation>
    </message>
    <message>
        <source>Site day to report (default: today).</source>
        <translation>要报告的采样点日期（默认：今天）。</translation>
    </message>
    <message>
        <source>pdf or csv (default: pdf).</source>
        <translation>pdf 或 csv（默认：pdf）。</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>The site&apos;s IANA time zone, e.g. Asia/Shanghai (default: this computer&apos;s).</source>
        <translation>采样点的 IANA 时区，例如 Asia/Shanghai（默认：本机时区）。</translation>
    </message>
    <message>
        <source>Write the shift report of a day as PDF or CSV.</source>
        <translation>将某一天的班次报告写成 PDF 或 CSV。</translation>
    </message>
    <message>
        <source>--format must be pdf or csv, not &quot;%1&quot;.</source>
        <translation>--format 必须为 pdf 或 csv，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Asia/Shanghai.</source>
        <translation>未知时区“%1”；请使用 IANA 名称，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date 必须是 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <source>Shift report for %1 written to %2 (%3 swabs, %4 records pending).</source>
        <translation>%1 的班次报告已写入 %2（采样 %3 份，%4 条记录待上传）。</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of %1: %2</source>
        <translation>无法限制 %1 的访问权限：%2</translation>
    </message>
    <message>
        <source>Cannot read the signing key %1: %2</source>
        <translation>无法读取签名密钥 %1：%2</translation>
    </message>
    <message>
        <source>The signing key %1 is not an Ed25519 secret key: expected %2 hex digits or %3 bytes.</source>
        <translation>签名密钥 %1 不是 Ed25519 私钥：应为 %2 位十六进制数字或 %3 字节。</translation>
    </message>
    <message>
        <source>%1 exists already; a secret key is never overwritten.</source>
        <translation>%1 已存在；私钥永远不会被覆盖。</translation>
    </message>
    <message>
        <source>Cannot generate a key pair.</source>
        <translation>无法生成密钥对。</translation>
    </message>
    <message>
        <source>Wrote the public key to %1 and the secret key to %2.</source>
        <translation>公钥已写入 %1，私钥已写入 %2。</translation>
    </message>
    <message>
        <source>Registration id (8-32 of A-Z a-z 0-9 -).</source>
        <translation>登记编号（8 至 32 个 A-Z a-z 0-9 - 字符）。</translation>
    </message>
    <message>
        <source>Name of the resident.</source>
        <translation>居民姓名。</translation>
    </message>
    <message>
        <source>ID document type: 01, 02, 03, 04, 05, 06 or 99 (default 01).</source>
        <translation>证件类型：01、02、03、04、05、06 或 99（默认 01）。</translation>
    </message>
    <message>
        <source>ID document number.</source>
        <translation>证件号码。</translation>
    </message>
    <message>
        <source>Phone number (optional).</source>
        <translation>手机号码（可选）。</translation>
    </message>
    <message>
        <source>Address (optional).</source>
        <translation>地址（可选）。</translation>
    </message>
    <message>
        <source>Population group code (optional).</source>
        <translation>人群分类代码（可选）。</translation>
    </message>
    <message>
        <source>Last valid day, YYYY-MM-DD (optional).</source>
        <translation>有效期最后一天，YYYY-MM-DD（可选）。</translation>
    </message>
    <message>
        <source>Sign with this Ed25519 secret key file (hex or 64 raw bytes).</source>
        <translation>用此 Ed25519 私钥文件签名（十六进制或 64 字节原始数据）。</translation>
    </message>
    <message>
        <source>Write PREFIX.txt and PREFIX.png instead of printing the text.</source>
        <translation>写入 PREFIX.txt 和 PREFIX.png，而不是输出文本。</translation>
    </message>
    <message>
        <source>Write a new signing key pair to PREFIX.pub and PREFIX.key (hex) and exit.</source>
        <translation>将新的签名密钥对写入 PREFIX.pub 和 PREFIX.key（十六进制）后退出。</translation>
    </message>
    <message>
        <source>Station data directory (not used by this command).</source>
        <translation>工作站数据目录（此命令不使用）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>缺少 --%1。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>The signed code does not verify: %1</source>
        <translation>签名后的码未通过校验：%1</translation>
    </message>
    <message>
        <source>Cannot make a QR code of this text: %1</source>
        <translation>无法将此文本生成二维码：%1</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>已写入 %1 和 %2。</translation>
    </message>
    <message>
        <source>Writes a resident registration code (resident-code v1) as text, or as PREFIX.txt and a QR code PREFIX.png, after checking it exactly as a station would.</source>
        <translation>按工作站完全相同的规则检查后，输出居民登记码（resident-code v1）文本，或写入 PREFIX.txt 和二维码图片 PREFIX.png。</translation>
    </message>
    <message>
        <source>How many residents to sample (default 100).</source>
        <translation>要采样的居民人数（默认 100）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Mean seconds between two swabs (default 25).</source>
        <translation>两次采样之间的平均秒数（默认 25）。</translation>
    </message>
    <message>
        <source>People per tube (default: the station&apos;s).</source>
        <translation>每管人数（默认：本工作站的混采数）。</translation>
    </message>
    <message>
        <source>Time of the first swab, ISO-8601 (default: so that the shift ends now).</source>
        <translation>首份采样时间，ISO-8601 格式（默认：使班次恰好在现在结束）。</translation>
    </message>
    <message>
        <source>Generate realistic scan sessions through the station&apos;s own sampling code.</source>
        <translation>通过工作站自身的采样代码生成逼真的扫码过程。</translation>
    </message>
    <message>
        <source>--residents must be a positive whole number.</source>
        <translation>--residents 必须是正整数。</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed 必须是整数。</translation>
    </message>
    <message>
        <source>--seconds-per-sample must be a positive number.</source>
        <translation>--seconds-per-sample 必须是正数。</translation>
    </message>
    <message>
        <source>--pool-size must be 1, 5, 10 or 20.</source>
        <translation>--pool-size 必须为 1、5、10 或 20。</translation>
    </message>
    <message>
        <source>--start must be an ISO-8601 time, e.g. 2026-11-25T08:00:00+08:00.</source>
        <translation>--start 必须是 ISO-8601 格式的时间，例如 2026-11-25T08:00:00+08:00。</translation>
    </message>
    <message>
        <source>The station is not provisioned. Run sampling-station-cli init first.</source>
        <translation>本工作站尚未设置。请先运行 sampling-station-cli init。</translation>
    </message>
    <message>
        <source>Simulated %1 residents: %2 samples in %3 tubes, %4 boxes handed over, %5 removed, %6 tubes voided, %7 re-tests (%8 ms).</source>
        <translation>已模拟 %1 名居民：%3 管共 %2 份样本，交接 %4 箱，删除 %5 份，作废 %6 管，复采 %7 次（%8 毫秒）。</translation>
    </message>
    <message>
        <source>Enrollment failed: %1</source>
        <translation>注册失败：%1</translation>
    </message>
    <message>
        <source>Enrolled as device %1 at site %2.</source>
        <translation>已注册为采样点 %2 的设备 %1。</translation>
    </message>
    <message>
        <source>Server address, e.g. https://host:8443 (saved in the settings).</source>
        <translation>服务器地址，例如 https://host:8443（保存在设置中）。</translation>
    </message>
    <message>
        <source>Enroll this station with the site&apos;s enrollment code first.</source>
        <translation>先用采样点的注册码注册本工作站。</translation>
    </message>
    <message>
        <source>Trust only this CA certificate (PEM) for the server (saved in the settings).</source>
        <translation>只信任此 CA 证书（PEM）签发的服务器证书（保存在设置中）。</translation>
    </message>
    <message>
        <source>Keep retrying after network or server errors for up to SECS seconds (default 0: stop at the first error).</source>
        <translation>出现网络或服务器错误后持续重试，最长 SECS 秒（默认 0：遇到第一个错误即停止）。</translation>
    </message>
    <message>
        <source>Upload the records waiting in the outbox to the server, once. Exit code 0: every record was acknowledged; 1: records are in conflict or rejected; 3: the upload did not complete (records are kept).</source>
        <translation>将待上传的记录上传到服务器一次。退出码 0：所有记录均已确认；1：有记录冲突或被拒收；3：上传未完成（记录仍保留）。</translation>
    </message>
    <message>
        <source>--retry-for must be a whole number of seconds.</source>
        <translation>--retry-for 必须是整数秒。</translation>
    </message>
    <message>
        <source>No server address is set. Pass --server https://HOST:PORT.</source>
        <translation>尚未设置服务器地址。请使用 --server https://HOST:PORT。</translation>
    </message>
    <message>
        <source>This station is not enrolled. Pass --enroll-code CODE.</source>
        <translation>本工作站尚未注册。请使用 --enroll-code CODE。</translation>
    </message>
    <message>
        <source>%1 records acknowledged, %2 pending, %3 in conflict, %4 rejected.</source>
        <translation>已确认 %1 条记录，待上传 %2 条，冲突 %3 条，被拒收 %4 条。</translation>
    </message>
    <message>
        <source>%1 is not a tube code of this site (pattern %2).</source>
        <translation>%1 不是本采样点的采样管码（规则 %2）。</translation>
    </message>
    <message>
        <source>%1: station-generated tube code, table %2, number %3; check digit correct.</source>
        <translation>%1：工作站生成的采样管码，采样台 %2，序号 %3；校验码正确。</translation>
    </message>
    <message>
        <source>%1: a tube code of this site (pre-printed; it carries no station check digit).</source>
        <translation>%1：本采样点的采样管码（预印条码，不含工作站校验码）。</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to %1.</source>
        <translation>--count 必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>The station is not provisioned. Provision it with: sampling-station-cli init</source>
        <translation>本工作站尚未设置。请用以下命令设置：sampling-station-cli init</translation>
    </message>
    <message>
        <source>Check CODE: a station-generated code&apos;s check digit, and the site&apos;s tube pattern.</source>
        <translation>检查采样管码 CODE：工作站生成采样管码的校验码，以及本采样点的采样管码规则。</translation>
    </message>
    <message>
        <source>Reserve the station&apos;s next generated tube codes and print them, one a line (for pre-printing labels).</source>
        <translation>预留本工作站接下来生成的采样管码并逐行输出（用于提前打印标签）。</translation>
    </message>
    <message>
        <source>How many codes --next reserves (1-1000, default 1).</source>
        <translation>--next 预留的采样管码数量（1-1000，默认 1）。</translation>
    </message>
    <message>
        <source>Check tube codes, or reserve station-generated ones.</source>
        <translation>检查采样管码，或预留工作站生成的采样管码。</translation>
    </message>
    <message>
        <source>Give either --check CODE or --next [--count N].</source>
        <translation>请指定 --check CODE 或 --next [--count N] 之一。</translation>
    </message>
    <message>
        <source>--count goes with --next.</source>
        <translation>--count 需与 --next 一起使用。</translation>
    </message>
    <message>
        <source>The manifest is not a JSON object: %1</source>
        <translation>交接单不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>Tube %1 of the manifest needs a code and a person count.</source>
        <translation>交接单中的第 %1 管需要采样管码和人数。</translation>
    </message>
    <message>
        <source>Provision a station non-interactively</source>
        <translation>以非交互方式设置工作站</translation>
    </message>
    <message>
        <source>Check the database and print counts</source>
        <translation>检查数据库并输出各项数量</translation>
    </message>
    <message>
        <source>Write a resident code (text and PNG)</source>
        <translation>生成居民登记码（文本和 PNG）</translation>
    </message>
    <message>
        <source>Export samples and tubes as JSON or CSV</source>
        <translation>以 JSON 或 CSV 导出样本和采样管</translation>
    </message>
    <message>
        <source>Generate realistic scan sessions for demos and tests</source>
        <translation>生成逼真的扫码过程，用于演示和测试</translation>
    </message>
    <message>
        <source>Decode codes from images and video files</source>
        <translation>识别图像和视频文件中的码</translation>
    </message>
    <message>
        <source>Write a tube or box label (PDF, PNG or ZPL)</source>
        <translation>生成采样管或转运箱标签（PDF、PNG 或 ZPL）</translation>
    </message>
    <message>
        <source>Print a tube or box label on a Zebra or CUPS printer</source>
        <translation>在 Zebra 或 CUPS 打印机上打印采样管或转运箱标签</translation>
    </message>
    <message>
        <source>Write the shift report of a day (PDF or CSV)</source>
        <translation>生成某一天的班次报告（PDF 或 CSV）</translation>
    </message>
    <message>
        <source>Upload pending records to the server once (headless)</source>
        <translation>将待上传记录上传到服务器一次（无界面）</translation>
    </message>
    <message>
        <source>Check a tube code, or reserve station-generated codes for labels</source>
        <translation>检查采样管码，或为标签预留工作站生成的采样管码</translation>
    </message>
    <message>
        <source>Usage: sampling-station-cli COMMAND [options]</source>
        <translation>用法：sampling-station-cli 命令 [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Every command takes --data-dir DIR and --help.</source>
        <translation>每个命令都接受 --data-dir DIR 和 --help。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Take scans from standard input at a table, as the window does</source>
        <translation>像窗口一样，在采样台从标准输入读取扫码</translation>
    </message>
    <message>
        <source>Check digit of the site&apos;s pre-printed tube codes: none, damm, luhn or mod37-2 (ISO 7064 MOD 37-2). Default none.</source>
        <translation>本点预印采样管码的校验位：none（无）、damm、luhn 或 mod37-2（ISO 7064 MOD 37-2）。默认 none。</translation>
    </message>
    <message>
        <source>--tube-check-digit must be none, damm, luhn or mod37-2.</source>
        <translation>--tube-check-digit 只能是 none、damm、luhn 或 mod37-2。</translation>
    </message>
    <message>
        <source>%1: a tube code of this site (pre-printed); its %2 check digit is correct.</source>
        <translation>%1：本点的采样管码（预印）；%2 校验位正确。</translation>
    </message>
    <message>
        <source>File whose first line is the site passphrase that unlocks personal data (- for standard input; or set STATION_SITE_PASSPHRASE; otherwise it is asked on the terminal).</source>
        <translation>第一行为采样点口令（用于解锁个人信息）的文件（- 表示标准输入；也可设置 STATION_SITE_PASSPHRASE；否则在终端上询问）。</translation>
    </message>
    <message>
        <source>Site passphrase: </source>
        <translation>采样点口令：</translation>
    </message>
    <message>
        <source>File whose first line is the operator&apos;s PIN (- for standard input; or set STATION_OPERATOR_PIN; otherwise the PIN is asked on the terminal).</source>
        <translation>第一行为操作员 PIN 的文件（- 表示标准输入；也可设置 STATION_OPERATOR_PIN；否则在终端上询问 PIN）。</translation>
    </message>
    <message>
        <source>PIN: </source>
        <translation>PIN：</translation>
    </message>
    <message>
        <source>Name the operator with --operator STAFF_ID: every record says who made it.</source>
        <translation>请用 --operator 工号 指定操作员：每条记录都要注明由谁录入。</translation>
    </message>
    <message>
        <source>No PIN was given for %1. Give it with --pin-file, STATION_OPERATOR_PIN or at the prompt on a terminal.</source>
        <translation>未提供 %1 的 PIN。请通过 --pin-file、STATION_OPERATOR_PIN 或在终端提示时输入。</translation>
    </message>
    <message>
        <source>Also verify every audit signature and open every personal field with its row and column (needs the site passphrase).</source>
        <translation>同时校验每条审计记录的签名，并按所属行和列打开每个个人信息字段（需要采样点口令）。</translation>
    </message>
    <message>
        <source>--deep needs a database of the current schema; checking without it.</source>
        <translation>--deep 需要当前版本结构的数据库；将不带该选项进行检查。</translation>
    </message>
    <message>
        <source>Audit rows       %1 (signed %2)</source>
        <translation>审计记录         %1（已签名 %2）</translation>
    </message>
    <message>
        <source>PROBLEM [%1]: %2</source>
        <translation>问题 [%1]：%2</translation>
    </message>
    <message>
        <source>File whose first line is the first operator&apos;s PIN, 6-12 digits (- for standard input; or set STATION_OPERATOR_PIN; otherwise it is asked on the terminal).</source>
        <translation>第一行为第一位操作员 PIN（6–12 位数字）的文件（- 表示标准输入；也可设置 STATION_OPERATOR_PIN；否则在终端上询问）。</translation>
    </message>
    <message>
        <source>PIN of the first operator: </source>
        <translation>第一位操作员的 PIN：</translation>
    </message>
    <message>
        <source>Staff id of the operator who records the samples; their PIN is checked (default: the first operator).</source>
        <translation>录入样本的操作员工号；会核对其 PIN（默认：第一位操作员）。</translation>
    </message>
    <message>
        <source>Staff id of the operator who reserves codes (--next).</source>
        <translation>预留采样管码的操作员工号（--next）。</translation>
    </message>
    <message>
        <source>Seal or void the tube left open (after a crash)</source>
        <translation>封闭或作废遗留未封的采样管（程序崩溃之后）</translation>
    </message>
    <message>
        <source>%1 signed in with a one-time PIN: choose your own first with sampling-station-cli operator set-pin --operator %1</source>
        <translation>%1 使用一次性 PIN 登录：请先用 sampling-station-cli operator set-pin --operator %1 设置自己的 PIN</translation>
    </message>
    <message>
        <source>Give the reason with --reason TEXT: it is recorded in the audit log with the acknowledgement.</source>
        <translation>请用 --reason 原因 说明理由：它会随确认一起记入审计日志。</translation>
    </message>
    <message>
        <source>Audit anchor mismatch at row %1 acknowledged by %2; the audit log is anchored anew at row %3.</source>
        <translation>第 %1 行的审计锚点不一致已由 %2 确认；审计日志已重新锚定在第 %3 行。</translation>
    </message>
    <message>
        <source>Clear an audit-anchor mismatch that has been looked into: recorded in the audit log with the operator and the reason (needs --reason, --operator, the operator&apos;s PIN and the site passphrase).</source>
        <translation>清除已核实的审计锚点不一致：连同操作员和原因记入审计日志（需要 --reason、--operator、该操作员的 PIN 和采样点口令）。</translation>
    </message>
    <message>
        <source>Why the mismatch is acknowledged (recorded in the audit log).</source>
        <translation>确认该不一致的原因（记入审计日志）。</translation>
    </message>
    <message>
        <source>Staff id of the operator who acknowledges the mismatch.</source>
        <translation>确认该不一致的操作员工号。</translation>
    </message>
    <message>
        <source>ACKNOWLEDGED: %1</source>
        <translation>已确认：%1</translation>
    </message>
    <message>
        <source>Once the site lead has looked into the audit anchor mismatch, an operator clears it with: sampling-station-cli check --acknowledge-anchor-mismatch --reason TEXT --operator STAFF_ID</source>
        <translation>采样点负责人核实审计锚点不一致后，由一名操作员用以下命令清除：sampling-station-cli check --acknowledge-anchor-mismatch --reason 原因 --operator 工号</translation>
    </message>
    <message>
        <source>The province&apos;s resident-code key could not be saved to %1.</source>
        <translation>无法将省平台采样码公钥保存到 %1。</translation>
    </message>
    <message>
        <source>The province gives no resident-code key: signatures of resident codes are not checked.</source>
        <translation>省平台未提供采样码公钥：不校验采样码签名。</translation>
    </message>
    <message>
        <source>Province resident-code key received, fingerprint %1.</source>
        <translation>已收到省平台采样码公钥，指纹 %1。</translation>
    </message>
    <message>
        <source>The province announced a new resident-code key, fingerprint %1; it is in force from now on.</source>
        <translation>省平台发布了新的采样码公钥，指纹 %1；即刻起生效。</translation>
    </message>
    <message>
        <source>Show the province&apos;s resident-code key; accept unsigned codes or not</source>
        <translation>显示省平台采样码公钥；设置是否接受无签名的采样码</translation>
    </message>
    <message>
        <source>Destroy acknowledged personal data older than the retention period</source>
        <translation>销毁超过保存期限、已确认的个人信息</translation>
    </message>
    <message>
        <source>Write a backup of the station (without what the province has)</source>
        <translation>备份工作站（不含省平台已有的数据）</translation>
    </message>
    <message>
        <source>Manage the staff: add, list, disable, reset PINs, roles, import</source>
        <translation>管理人员：添加、列出、停用、重置 PIN、角色、导入</translation>
    </message>
    <message>
        <source>List who saw which full ID numbers, when and why (site lead)</source>
        <translation>列出谁在何时、因何查看了完整证件号码（采样点负责人）</translation>
    </message>
    <message>
        <source>Usage: sampling-station-cli %1 [options]</source>
        <translation>用法：sampling-station-cli %1 [选项]</translation>
    </message>
    <message>
        <source>Run sampling-station-cli %1 --help for its options.</source>
        <translation>运行 sampling-station-cli %1 --help 查看该命令的选项。</translation>
    </message>
    <message>
        <source>No site passphrase was given. Give it with --site-passphrase-file FILE, the environment variable STATION_SITE_PASSPHRASE, or at the prompt on a terminal.</source>
        <translation>未提供采样点口令。请用 --site-passphrase-file 文件、环境变量 STATION_SITE_PASSPHRASE 或在终端提示处输入。</translation>
    </message>
    <message>
        <source>No site passphrase was given: the first line of %1 is empty.</source>
        <translation>未提供采样点口令：%1 的第一行为空。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>端口必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>it is not a valid address</source>
        <translation>不是有效的地址</translation>
    </message>
    <message>
        <source>the address must start with https://</source>
        <translation>地址必须以 https:// 开头</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>其中没有主机名</translation>
    </message>
    <message>
        <source>the server did not answer within %1 seconds</source>
        <translation>服务器在 %1 秒内没有应答</translation>
    </message>
    <message>
        <source>The upload stopped: the server showed no sign of life for %1 seconds. Records are kept and sent next time.</source>
        <translation>上传已停止：服务器 %1 秒没有任何响应。记录保留在本机，下次再发送。</translation>
    </message>
    <message>
        <source>The join code (SSJOIN1;...); without it, or with &quot;-&quot;, one line is read from standard input.</source>
        <translation>加入码（SSJOIN1;...）；不给出或为“-”时，从标准输入读取一行。</translation>
    </message>
    <message>
        <source>Join a site hub (or the province&apos;s server) with the join code it shows: its certificate is checked against the code and pinned, and the station enrolled. Nothing is changed unless every step succeeds.</source>
        <translation>用采样点中心（或省平台服务器）显示的加入码加入它：按加入码核对并固定其证书，并注册本工作站。只有每一步都成功才会更改设置。</translation>
    </message>
    <message>
        <source>No join code was given.</source>
        <translation>没有给出加入码。</translation>
    </message>
    <message>
        <source>Joined %1 for site %2 as device %3. Uploads go there from now on.</source>
        <translation>已以设备 %3 的身份加入采样点 %2 的 %1。今后数据上传到那里。</translation>
    </message>
    <message>
        <source>Joining failed: %1</source>
        <translation>加入失败：%1</translation>
    </message>
    <message>
        <source>Joining failed: no answer within %1 seconds. Nothing was changed.</source>
        <translation>加入失败：%1 秒内没有应答。未做任何更改。</translation>
    </message>
    <message>
        <source>A tube code.</source>
        <translation>采样管码。</translation>
    </message>
    <message>
        <source>This station is not enrolled with a server. Run sampling-station-cli sync --server URL --enroll-code CODE first.</source>
        <translation>本工作站尚未登记到服务器。请先运行 sampling-station-cli sync --server 地址 --enroll-code 登记码。</translation>
    </message>
    <message>
        <source>This station has no site key (it was enrolled before the server gave one), so it cannot ask about a person. Enroll it again with a new code.</source>
        <translation>本工作站没有采样点密钥（登记时服务器尚未提供），因此无法查询人员。请用新的登记码重新登记。</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>无法连接服务器（%1）。</translation>
    </message>
    <message>
        <source>The server refused the check (HTTP %1): %2</source>
        <translation>服务器拒绝了查询（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>%1 (this station)</source>
        <translation>%1（本工作站）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The person was not sampled today at any table of the site.</source>
        <translation>此人今天未在本采样点任何采样台采样。</translation>
    </message>
    <message>
        <source>The person was sampled today at %1 at %2, tube %3.</source>
        <translation>此人今天已在%1于 %2 采样，采样管 %3。</translation>
    </message>
    <message>
        <source>Tube code %1 is not used at any table of the site.</source>
        <translation>采样管码 %1 未在本采样点任何采样台使用。</translation>
    </message>
    <message>
        <source>Keep listening for new facts (long poll) until interrupted; retries by itself while the server cannot be reached.</source>
        <translation>持续接收新的记录（长轮询），直到被中断；服务器无法连接时自动重试。</translation>
    </message>
    <message>
        <source>Fetch the site&apos;s facts (who was sampled and which tube codes were used at the other tables) into this station, for the site-wide rules of `scan`. Exit code 0: caught up; 3: the server could not be asked.</source>
        <translation>把本采样点的记录（其他采样台已采样的人和已使用的采样管码）取到本工作站，供 `scan` 的全点核查使用。退出码 0：已取完；3：无法向服务器查询。</translation>
    </message>
    <message>
        <source>%1 new site facts kept.</source>
        <translation>已保存 %1 条新的采样点记录。</translation>
    </message>
    <message>
        <source>The site&apos;s staff list was not synchronised: %1</source>
        <translation>采样点人员名单未能同步：%1</translation>
    </message>
    <message>
        <source>the server showed no sign of life</source>
        <translation>服务器没有任何响应</translation>
    </message>
    <message>
        <source>Staff list: %1 changes sent, %2 changes from other tables applied.</source>
        <translation>人员名单：发出 %1 条修改，应用其他采样台的 %2 条修改。</translation>
    </message>
    <message>
        <source>Join a site hub with the join code it shows (scanned or typed)</source>
        <translation>用采样点中心显示的加入码（扫码或输入）加入采样点中心</translation>
    </message>
    <message>
        <source>Ask the server whether a person or tube code was seen at the site</source>
        <translation>向服务器查询某人或某采样管码是否已在本采样点出现</translation>
    </message>
    <message>
        <source>Fetch the other tables&apos; facts for the site-wide rules of scan</source>
        <translation>取回其他采样台的记录，供 scan 的全点核查使用</translation>
    </message>
    <message>
        <source>List open recalls only.</source>
        <translation>只列出未关闭的召回。</translation>
    </message>
    <message>
        <source>Write one JSON object per recall.</source>
        <translation>每条召回输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>List the site&apos;s recalls (待复核) this station knows: people of positive or invalid pooled tubes to be sampled again alone, and whether they were. Fetch the newest with site-facts.</source>
        <translation>列出本工作站已知的本采样点召回（待复核）：阳性或无效混采管中需单管单采复核的人员，以及是否已复采。用 site-facts 获取最新名单。</translation>
    </message>
    <message>
        <source>Cannot read the recalls: %1</source>
        <translation>无法读取召回名单：%1</translation>
    </message>
    <message>
        <source>a person of tube %1 at %2</source>
        <translation>%2 采样管 %1 中的一人</translation>
    </message>
    <message>
        <source>NOT YET sampled again</source>
        <translation>尚未复采</translation>
    </message>
    <message>
        <source>sampled again (%1)</source>
        <translation>已复采（%1）</translation>
    </message>
    <message>
        <source>%1 — tube %2 at %3 was %4 — %5</source>
        <translation>%1 — %3 的采样管 %2 结果为%4 — %5</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>阳性</translation>
    </message>
    <message numerus="yes">
        <source>%n recall(s).</source>
        <translation>
            <numerusform>%n 条召回。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the site&apos;s recalls (待复核): people to sample again alone</source>
        <translation>列出本采样点的召回（待复核）：需单管单采复核的人员</translation>
    </message>
    <message>
        <source>List the site&apos;s boxes waiting for the courier, show one, hand one over</source>
        <translation>列出本采样点等待转运的转运箱、查看或交接一个转运箱</translation>
    </message>
    <message>
        <source>sampled again here (%1, tube %2), not yet at the province</source>
        <translation>已在本台复采（%1，管 %2），尚未送达省平台</translation>
    </message>
    <message>
        <source>First put every record acknowledged since DATE (YYYY-MM-DD, from the start of that day here) back in the outbox, e.g. after the site hub was lost before it relayed them; the server answers &apos;duplicate&apos; for those it has.</source>
        <translation>先把自 DATE（YYYY-MM-DD，从本机当天零点起）以来已确认的每条记录放回待发队列，例如采样点中心在转发前丢失之后；服务器已有的记录会回答“重复”。</translation>
    </message>
    <message>
        <source>--resend-since must be a date such as 2026-12-01.</source>
        <translation>--resend-since 必须是日期，例如 2026-12-01。</translation>
    </message>
    <message>
        <source>The records could not be put back in the outbox: %1</source>
        <translation>记录无法放回待发队列：%1</translation>
    </message>
    <message>
        <source>%1 acknowledged records since %2 are back in the outbox.</source>
        <translation>自 %2 以来已确认的 %1 条记录已放回待发队列。</translation>
    </message>
    <message>
        <source>Write one JSON object per problem.</source>
        <translation>每个问题输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>List the sync problems of this station, as the window&apos;s &quot;Sync problems&quot; list shows them: records the server did not take, and what the site found later about records it took, each with what to do. Fetch the site&apos;s newest facts with site-facts first.</source>
        <translation>列出本台的同步问题，与窗口中“同步问题”列表一致：服务器未接收的记录，以及采样点事后发现的、与已接收记录相矛盾的情况，每条都附处理办法。请先用 site-facts 获取采样点的最新信息。</translation>
    </message>
    <message>
        <source>Cannot read the sync problems: %1</source>
        <translation>无法读取同步问题：%1</translation>
    </message>
    <message>
        <source>Conflict: the server holds other content for this record</source>
        <translation>冲突：服务器存有这条记录的另一份内容</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>被服务器拒收</translation>
    </message>
    <message>
        <source>%1 %2 — %3: %4</source>
        <translation>%1 %2 — %3：%4</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1 %2 — %3. %4</source>
        <translation>%1 %2 — %3。%4</translation>
    </message>
    <message numerus="yes">
        <source>%n sync problem(s).</source>
        <translation>
            <numerusform>%n 个同步问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the sync problems (records not taken, site notes) and what to do</source>
        <translation>列出同步问题（未被接收的记录、采样点提示）及处理办法</translation>
    </message>
    <message>
        <source>%1 %2 is not a server address (%3). Give it as https://HOST:PORT, e.g. https://sync.example.org:8443.</source>
        <translation>%1 %2 不是有效的服务器地址（%3）。请写成 https://主机:端口，例如 https://sync.example.org:8443。</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Enrolled as device %1 at the fallback server %2: records go there while the site hub cannot be reached for %3.</source>
        <translation>已作为设备 %1 在备用服务器 %2 注册：采样点中心连续 %3 连不上时，记录改发到那里。</translation>
    </message>
    <message>
        <source>No fallback server: records go only to %1.</source>
        <translation>已取消备用服务器：记录只发到 %1。</translation>
    </message>
    <message>
        <source>No fallback server is set. Pass --fallback-server https://PROVINCE:PORT.</source>
        <translation>没有设置备用服务器。请加上 --fallback-server https://省平台:端口。</translation>
    </message>
    <message>
        <source>The fallback server is saved, but this station is not enrolled there yet: pass --fallback-enroll-code CODE.</source>
        <translation>备用服务器已保存，但本台还没有在那里注册：请加上 --fallback-enroll-code 注册码。</translation>
    </message>
    <message>
        <source>For a station joined to a site hub: the province&apos;s address, where records go straight while the hub cannot be reached (saved in the settings).</source>
        <translation>用于已加入采样点中心的采样台：省平台的地址，采样点中心连不上时记录直接发到这里（保存到设置中）。</translation>
    </message>
    <message>
        <source>Trust only this CA certificate (PEM) for the fallback server (saved in the settings).</source>
        <translation>备用服务器只信任这个 CA 证书（PEM）（保存到设置中）。</translation>
    </message>
    <message>
        <source>Enroll this station at the fallback server with an enrollment code of the province first (the same device id as at the hub).</source>
        <translation>先用省平台的注册码在备用服务器注册本台（设备编号与在采样点中心注册时相同）。</translation>
    </message>
    <message>
        <source>How long the hub must stay out of reach before records go to the fallback server: e.g. 10m (the default), 90s, 1h, 0 (at once); saved in the settings.</source>
        <translation>采样点中心要连续连不上多久，记录才改发到备用服务器：例如 10m（默认）、90s、1h、0（立即）；保存到设置中。</translation>
    </message>
    <message>
        <source>Remove the fallback server, its certificate and its token.</source>
        <translation>取消备用服务器，删除它的证书和令牌。</translation>
    </message>
    <message>
        <source>--no-fallback cannot go with the other --fallback options.</source>
        <translation>--no-fallback 不能与其他 --fallback 选项同时使用。</translation>
    </message>
    <message>
        <source>--fallback-after must be a duration such as 10m, 90s, 1h or 0 (at most 7 days).</source>
        <translation>--fallback-after 必须是一段时长，例如 10m、90s、1h 或 0（最长 7 天）。</translation>
    </message>
    <message>
        <source>The site hub cannot be reached since %1: records went straight to the province. %2 records the province has are sent to the hub when it is back.</source>
        <translation>采样点中心自 %1 起连不上：记录已直接发到省平台。省平台已收到的 %2 条记录将在采样点中心恢复后补发给它。</translation>
    </message>
    <message>
        <source>The site hub is back: it received %1 records the province took while it could not be reached.</source>
        <translation>采样点中心已恢复：已补发 %1 条在它连不上期间由省平台接收的记录。</translation>
    </message>
    <message>
        <source>The staff list waits for the site hub.</source>
        <translation>人员名单等采样点中心恢复后再同步。</translation>
    </message>
    <message>
        <source>The code is the province&apos;s: enroll this station there as its fallback, where records go while the site hub cannot be reached. The hub stays the server the station syncs with.</source>
        <translation>这是省平台的加入码：把本台在省平台注册为备用服务器，采样点中心连不上时记录发到那里。本台仍与采样点中心同步。</translation>
    </message>
    <message>
        <source>Enrolled at %1 for site %2 as device %3, as the fallback: records go there while the site hub cannot be reached.</source>
        <translation>已作为设备 %3 在 %1 注册为采样点 %2 的备用服务器：采样点中心连不上时，记录发到那里。</translation>
    </message>
    <message>
        <source>sampled again at %1 (%2, tube %3), not yet at the province</source>
        <translation>已在%1复采（%2，管 %3），尚未送达省平台</translation>
    </message>
    <message>
        <source>Enrollment at the fallback server failed: %1 Nothing was changed.</source>
        <translation>在备用服务器注册失败：%1没有做任何改动。</translation>
    </message>
    <message>
        <source>The person was sampled today at %1 at %2, alone in single tube %3.</source>
        <translation>此人今天已在%1于 %2 单管单采，采样管 %3。</translation>
    </message>
    <message>
        <source>Site facts: %1 new kept.</source>
        <translation>采样点记录：新保存 %1 条。</translation>
    </message>
    <message>
        <source>packed into box %1 at %2 at %3</source>
        <translation>%3 在%2装入转运箱 %1</translation>
    </message>
    <message>
        <source>%1, handed over at %2 at %3</source>
        <translation>%1，%3 在%2交接</translation>
    </message>
    <message>
        <source>sealed at %1 at %2</source>
        <translation>%2 在%1封管</translation>
    </message>
    <message>
        <source>voided at %1 at %2</source>
        <translation>%2 在%1作废</translation>
    </message>
    <message>
        <source>open at %1 since %2</source>
        <translation>自 %2 起在%1开管使用中</translation>
    </message>
    <message>
        <source>Tube code %1 is used at the site: %2.</source>
        <translation>采样管码 %1 已在本采样点使用：%2。</translation>
    </message>
    <message>
        <source>Tube code %1 was opened at %2 at %3; now %4.</source>
        <translation>采样管码 %1 于 %3 在%2开管；目前：%4。</translation>
    </message>
    <message>
        <source>Ask about a person: the ID type code of the records (e.g. 01). The ID number is read from --id-number-file, or asked on the terminal.</source>
        <translation>查询某人：记录中的证件类型代码（如 01）。证件号从 --id-number-file 读取，或在终端询问。</translation>
    </message>
    <message>
        <source>A file whose first line is the person&apos;s ID number (&quot;-&quot;: standard input).</source>
        <translation>第一行为此人证件号的文件（&quot;-&quot;：标准输入）。</translation>
    </message>
    <message>
        <source>Not taken: give --id-type, and the ID number with --id-number-file or on the terminal.</source>
        <translation>不接受：请给出 --id-type，证件号用 --id-number-file 或在终端输入。</translation>
    </message>
    <message>
        <source>site-check takes no ID number on the command line: it would show in the process list and the shell history. Give --id-type, and the number with --id-number-file (&quot;-&quot;: standard input) or on the terminal.</source>
        <translation>site-check 不接受写在命令行上的证件号：它会出现在进程列表和 shell 历史中。请给出 --id-type，证件号用 --id-number-file（&quot;-&quot;：标准输入）或在终端输入。</translation>
    </message>
    <message>
        <source>ID number: </source>
        <translation>证件号：</translation>
    </message>
    <message>
        <source>No ID number was given: give it with --id-number-file (&quot;-&quot;: standard input) or on the terminal.</source>
        <translation>没有给出证件号：请用 --id-number-file（&quot;-&quot;：标准输入）或在终端输入。</translation>
    </message>
    <message>
        <source>Join as table N: this station&apos;s number changes first (only before it has joined or enrolled; audited, for --operator). For a join refused because another table of the site has this station&apos;s number.</source>
        <translation>以 N 号台加入：先更改本工作站的台号（只能在加入或注册之前；记入审计，需 --operator）。用于因本采样点另一台已用此台号而被拒绝的加入。</translation>
    </message>
    <message>
        <source>Staff id of who changes the table number (with --table).</source>
        <translation>更改台号的人员工号（与 --table 一起用）。</translation>
    </message>
    <message>
        <source>--table takes a table number and --operator STAFF_ID (who changes it), and is for joining the site&apos;s hub, not with --fallback.</source>
        <translation>--table 需要一个台号和 --operator 工号（由谁更改），只用于加入采样点中心，不能与 --fallback 一起用。</translation>
    </message>
    <message>
        <source>This station is table %1 now.</source>
        <translation>本工作站现在是 %1 号台。</translation>
    </message>
    <message>
        <source>Name the site lead with --operator STAFF_ID: contact details are shown to a lead who proves their PIN.</source>
        <translation>请用 --operator 工号 指明采样点负责人：联系方式只向核对了 PIN 的负责人显示。</translation>
    </message>
    <message>
        <source>%1 may not act at this station.</source>
        <translation>%1 不能在本工作站操作。</translation>
    </message>
    <message>
        <source>Tube %1 (%2): call these people and ask them to come back to be sampled again alone (单管单采):</source>
        <translation>采样管 %1（%2）：请致电以下人员，请其回来单管单采复采：</translation>
    </message>
    <message>
        <source>(no phone number)</source>
        <translation>（无手机号）</translation>
    </message>
    <message numerus="yes">
        <source>%n other person(s) of this tube were already sampled again.</source>
        <translation>
            <numerusform>此管另有 %n 人已复采。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other person(s) of this tube: personal data erased (retention).</source>
        <translation>
            <numerusform>此管另有 %n 人：个人信息已按保留期限删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown to %1, recorded in the audit log and reported to the province. Do not write these down or pass them on.</source>
        <translation>已向 %1 显示，已记入审计日志并上报省平台。请勿抄写或转给他人。</translation>
    </message>
    <message>
        <source>Show the names and phone numbers of the recalled people of TUBE sampled at this station, to call them back (site lead; asks for the PIN; audited and reported to the province).</source>
        <translation>显示本工作站采集的采样管 TUBE 中被召回人员的姓名和手机号，以便致电召回（采样点负责人；需输入 PIN；记入审计并上报省平台）。</translation>
    </message>
    <message>
        <source>Staff id of the site lead who calls (with --contact).</source>
        <translation>致电的采样点负责人工号（与 --contact 一起使用）。</translation>
    </message>
    <message>
        <source>--contact shows the contact details to read off; it writes no JSON.</source>
        <translation>--contact 只显示联系方式供读出，不输出 JSON。</translation>
    </message>
    <message>
        <source>A box code.</source>
        <translation>箱码。</translation>
    </message>
    <message>
        <source>Ask the server whether a person was sampled today, or a tube or box code used, at any table of the site. Prints the tables and times, never the ID number. Exit code 0: answered; 3: no answer.</source>
        <translation>向服务器查询某人今天是否已在本采样点任一采样台采样，或某采样管码、箱码是否已被使用。只显示采样台和时间，从不显示证件号。退出码 0：已答复；3：无答复。</translation>
    </message>
    <message>
        <source>Give --id-type TYPE (the number on standard input, in a file or on the terminal), --tube CODE, --box CODE, or more than one.</source>
        <translation>请给出 --id-type 类型（证件号从标准输入、文件或终端输入）、--tube 采样管码、--box 箱码，可以同时给出多项。</translation>
    </message>
    <message>
        <source>Box code %1 is not used at any table of the site.</source>
        <translation>箱码 %1 未在本采样点任何采样台使用。</translation>
    </message>
    <message>
        <source>Box %1 was packed at %2 and sealed at %3.</source>
        <translation>转运箱 %1 在%2装箱，%3 封箱。</translation>
    </message>
    <message>
        <source>Box %1 is being packed at %2 (opened at %3).</source>
        <translation>转运箱 %1 正在%2装箱（%3 开始）。</translation>
    </message>
    <message>
        <source>It was handed over at %1 at %2.</source>
        <translation>已于 %2 在%1交接。</translation>
    </message>
    <message numerus="yes">
        <source>%n boxes have this code: keep them apart and tell the site lead (see sync-problems).</source>
        <translation>
            <numerusform>有 %n 个转运箱使用此箱码：请把它们分开放，并告诉采样点负责人（见 sync-problems）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::BoxHandOver</name>
    <message>
        <source>Choose at least one box to hand over.</source>
        <translation>请至少选择一个要交接的转运箱。</translation>
    </message>
    <message>
        <source>Enter who hands the boxes over and who carries them.</source>
        <translation>请填写交接人和转运员。</translation>
    </message>
    <message>
        <source>The first swab in %1 is more than 2 hours old: record the temperature.</source>
        <translation>%1 中第一份样本的采样时间已超过 2 小时：请记录温度。</translation>
    </message>
    <message>
        <source>Box %1 was already handed over at %2 (%3).</source>
        <translation>转运箱 %1 已在%2交接（%3）。</translation>
    </message>
    <message>
        <source>Box %1 is not known at this station, and the site&apos;s facts name no table that sealed it. The hub may be unreachable: check the sync status (F7) and try again once the station is in touch, or hand it over at the table that packed it.</source>
        <translation>本工作站不认识转运箱 %1，采样点数据中也没有哪个采样台封过它。可能连不上采样点中心：请查看同步状态（F7），待工作站连通后重试，或在装箱的采样台交接。</translation>
    </message>
    <message>
        <source>tube %1 was voided at %2</source>
        <translation>采样管 %1 已在%2作废</translation>
    </message>
    <message>
        <source>tube %1 is now in box %2 at %3</source>
        <translation>采样管 %1 现在在%3的转运箱 %2 中</translation>
    </message>
    <message>
        <source>Box %1 does not reconcile: %2 sealed it with %3 tubes and %4 people; the site&apos;s facts list %5 tubes and %6 people.</source>
        <translation>转运箱 %1 核对不符：%2封箱时为 %3 管 %4 人；采样点数据列出 %5 管 %6 人。</translation>
    </message>
    <message>
        <source>Also: %1.</source>
        <translation>另外：%1。</translation>
    </message>
    <message>
        <source>Do not hand it over; call the site lead.</source>
        <translation>请勿交接，请联系采样点负责人。</translation>
    </message>
    <message numerus="yes">
        <source>%n boxes have code %1 (packed at %2): this station cannot tell which one the courier takes. Hand each over at the table that packed it, with its own manifest.</source>
        <translation>
            <numerusform>有 %n 个转运箱使用箱码 %1（分别在%2装箱）：本台无法判断转运员拿的是哪一箱。请在装箱的采样台各自交接，每箱随附它自己的清单。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::BoxPanel</name>
    <message>
        <source>Packing box</source>
        <translation>正在装箱</translation>
    </message>
    <message>
        <source>Sealed box</source>
        <translation>已封箱</translation>
    </message>
    <message>
        <source>No tube in this box yet. Scan a sealed tube.</source>
        <translation>箱内还没有采样管。请扫描已封管的采样管。</translation>
    </message>
    <message>
        <source>%1 left of the 4-hour limit.</source>
        <translation>距 4 小时时限还剩 %1。</translation>
    </message>
    <message>
        <source>The 4-hour clock starts with the first swab in the box.</source>
        <translation>4 小时时限从箱内第一份样本的采样时间开始计算。</translation>
    </message>
    <message>
        <source>%1 left of the 4-hour limit: record the temperature at hand-over.</source>
        <translation>距 4 小时时限还剩 %1：交接时请记录温度。</translation>
    </message>
    <message>
        <source>The 4-hour limit passed %1 ago. Tell the lab and record the temperature.</source>
        <translation>已超过 4 小时时限 %1。请通知实验室并记录温度。</translation>
    </message>
    <message>
        <source>Print box label (Ctrl+B)</source>
        <translation>打印箱标签（Ctrl+B）</translation>
    </message>
    <message>
        <source>Print manifest (Ctrl+M)</source>
        <translation>打印交接单（Ctrl+M）</translation>
    </message>
    <message>
        <source>Also sealed and waiting for hand-over: %1</source>
        <translation>另有已封箱待交接：%1</translation>
    </message>
    <message>
        <source>Sealed box of %1</source>
        <translation>%1的已封转运箱</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts agree: %1 in sealed tubes; %2 in boxes, %3 in %4 not yet boxed.</source>
        <translation>人数核对一致：已封管 %1，已装箱 %2，未装箱的 %4中 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n sealed tube(s)</source>
        <translation>
            <numerusform>%n 支已封采样管</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts differ: %1 in sealed tubes, but %2 in boxes and %3 in sealed tubes not yet boxed. Find the difference before hand-over.</source>
        <translation>人数核对不一致：已封管 %1，但已装箱 %2、未装箱的已封采样管中 %3。请在交接前查明差异。</translation>
    </message>
    <message numerus="yes">
        <source>%n sealed tube(s) of this table went into boxes at other tables (%1).</source>
        <translation>
            <numerusform>本台有 %n 支已封采样管装入了其他采样台的转运箱（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tube(s), %1</source>
        <translation>
            <numerusform>%n 管，%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::CameraField</name>
    <message>
        <source>The camera that reads codes held up to it. The default camera is the one the system chooses (a built-in camera, or the first USB camera).</source>
        <translation>读取举到它面前的码的摄像头。默认摄像头由系统选定（笔记本自带的摄像头，或第一个 USB 摄像头）。</translation>
    </message>
    <message>
        <source>Default camera</source>
        <translation>默认摄像头</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>不用摄像头</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1（未连接）</translation>
    </message>
</context>
<context>
    <name>station::CameraPreview</name>
    <message>
        <source>No camera in use.</source>
        <translation>未使用摄像头。</translation>
    </message>
    <message>
        <source>One code at a time</source>
        <translation>请一次只出示一个码</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>已识读：%1</translation>
    </message>
    <message>
        <source>QR code read</source>
        <translation>二维码已识读</translation>
    </message>
</context>
<context>
    <name>station::Csv</name>
    <message>
        <source>The file is not UTF-8 text; save it from the spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>文件不是 UTF-8 文本；请在表格软件中“另存为 CSV UTF-8”。</translation>
    </message>
    <message>
        <source>Line %1: a quote inside a field that is not in quotes, or after the closing quote.</source>
        <translation>第 %1 行：未加引号的字段中出现引号，或在结束引号之后又出现引号。</translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote of a field.</source>
        <translation>第 %1 行：字段的结束引号之后还有文字。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>第 %1 行：带引号的字段没有结束引号。</translation>
    </message>
</context>
<context>
    <name>station::Database</name>
    <message>
        <source>Cannot create the folder %1 for the station database.</source>
        <translation>无法为工作站数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>opening the station database</source>
        <translation>打开工作站数据库</translation>
    </message>
    <message>
        <source>reading the station database</source>
        <translation>读取工作站数据库</translation>
    </message>
    <message>
        <source>This station database was written by a newer version of Sampling Station (schema %1; this version reads up to %2). Install the newer version; nothing was changed.</source>
        <translation>此工作站数据库由更新版本的采样点工作站写入（结构版本 %1；本版本最高读取 %2）。请安装新版本；没有做任何更改。</translation>
    </message>
    <message>
        <source>upgrading the station database</source>
        <translation>升级工作站数据库</translation>
    </message>
    <message>
        <source>The disk is full: %1 failed and nothing was saved. Free some space; everything recorded before is safe.</source>
        <translation>磁盘已满：%1失败，没有保存任何内容。请释放空间；之前记录的内容都是安全的。</translation>
    </message>
    <message>
        <source>The station database is busy (another program is using it): %1 failed. Try again.</source>
        <translation>工作站数据库正忙（另一个程序正在使用）：%1失败。请重试。</translation>
    </message>
    <message>
        <source>The station database is damaged or is not a station database: %1 failed. Call IT support; do not delete the file.</source>
        <translation>工作站数据库已损坏或不是工作站数据库：%1失败。请联系技术支持；不要删除该文件。</translation>
    </message>
    <message>
        <source>The station database cannot be opened: %1 failed. Check that the folder exists and is writable.</source>
        <translation>无法打开工作站数据库：%1失败。请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Saving to the station database failed: %1. Nothing was changed.</source>
        <translation>保存到工作站数据库失败：%1。没有做任何更改。</translation>
    </message>
    <message>
        <source>Cannot create the station database %1.</source>
        <translation>无法创建工作站数据库 %1。</translation>
    </message>
    <message>
        <source>There is no station database at %1.</source>
        <translation>%1 处没有采样点数据库。</translation>
    </message>
</context>
<context>
    <name>station::Enrollment</name>
    <message>
        <source>No server address is set for sync.</source>
        <translation>尚未设置上传服务器地址。</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>无法连接服务器（%1）。</translation>
    </message>
    <message>
        <source>The server refused the enrollment code. Check the code and the site, or ask for a new code (codes expire and may be used up).</source>
        <translation>服务器拒绝了注册码。请核对注册码和采样点，或申请新的注册码（注册码会过期，也可能已用完）。</translation>
    </message>
    <message>
        <source>This device id is already enrolled at another site.</source>
        <translation>此设备编号已在其他采样点注册。</translation>
    </message>
    <message>
        <source>The server refused this station&apos;s device token. Enroll the station again with a new code.</source>
        <translation>服务器拒绝了本工作站的设备令牌。请用新的注册码重新注册本工作站。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1): %2</source>
        <translation>服务器拒绝了请求（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>The server&apos;s answer carries a resident-code key that is not a public key, so the station was not enrolled. Tell the province&apos;s administrator.</source>
        <translation>服务器应答中的采样码公钥不是有效公钥，本机未注册。请告知省平台管理员。</translation>
    </message>
    <message>
        <source>Table number %1 is already used by another station of this site (tables in use: %2). Free table numbers: %3 or any other not in use. Choose a free number for this station and join again: in Settings (F10), Table number, Save, then Join a site hub; or sampling-station-cli join --table N --operator STAFF_ID. If this laptop replaces that table&apos;s, ask the site lead to revoke the old one at the hub first.</source>
        <translation>采样台号 %1 已被本采样点的另一台工作站使用（已用台号：%2）。可用台号：%3，或其他未用的号。请为本工作站选一个可用的台号再加入：在“设置”（F10）→“采样台号”改号并保存，然后“加入采样点中心”；或用 sampling-station-cli join --table 号 --operator 工号。如果这台笔记本是替换那一台的，请先让采样点负责人在采样点中心注销旧电脑。</translation>
    </message>
</context>
<context>
    <name>station::FirstRunWizard</name>
    <message>
        <source>Set up this station</source>
        <translation>设置本工作站</translation>
    </message>
    <message>
        <source>This station is not set up yet. Enter the sampling site, this table and the first operator. This is done once.</source>
        <translation>本工作站尚未设置。请填写采样点、本采样台和第一位操作员。此步骤只需做一次。</translation>
    </message>
    <message>
        <source>Site and table</source>
        <translation>采样点与采样台</translation>
    </message>
    <message>
        <source>e.g. GZ-TH-0001</source>
        <translation>例如 GZ-TH-0001</translation>
    </message>
    <message numerus="yes">
        <source>%n people per tube</source>
        <translation>
            <numerusform>每管 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>采样点编码</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>采样点名称</translation>
    </message>
    <message>
        <source>District</source>
        <translation>行政区</translation>
    </message>
    <message>
        <source>Table number</source>
        <translation>采样台号</translation>
    </message>
    <message>
        <source>Default pool size</source>
        <translation>默认混采数</translation>
    </message>
    <message>
        <source>Tube code pattern</source>
        <translation>采样管码规则</translation>
    </message>
    <message>
        <source>Box code pattern</source>
        <translation>转运箱码规则</translation>
    </message>
    <message>
        <source>First operator</source>
        <translation>第一位操作员</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再次输入 PIN</translation>
    </message>
    <message>
        <source>Set up station</source>
        <translation>完成设置</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>两次输入的 PIN 不一致；请输入相同的 PIN。</translation>
    </message>
    <message>
        <source>Personal data protection</source>
        <translation>个人信息保护</translation>
    </message>
    <message>
        <source>Site passphrase (8+ characters)</source>
        <translation>采样点口令（至少 8 个字符）</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Names, ID numbers and phones are stored encrypted; the station asks for this passphrase when it starts.</source>
        <translation>姓名、证件号码和电话均加密保存；工作站启动时会要求输入此口令。</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation>两次输入的口令不一致；请输入相同的口令。</translation>
    </message>
    <message>
        <source>Protecting the PIN and the personal data key…</source>
        <translation>正在加密保护 PIN 和个人信息密钥…</translation>
    </message>
    <message>
        <source>PIN (6-12 digits)</source>
        <translation>PIN（6–12 位数字）</translation>
    </message>
    <message>
        <source>Site hub (optional)</source>
        <translation>采样点中心（可选）</translation>
    </message>
    <message>
        <source>If the site has a hub, scan the join code it shows: the site code comes from it, and the station joins the hub when it is set up. Without a hub, leave this empty.</source>
        <translation>如果设有采样点中心，请扫描它显示的加入码：采样点编码将自动填入，工作站设置完成后即加入采样点中心。没有采样点中心时留空。</translation>
    </message>
    <message>
        <source>Hub %1, site %2: the station joins it when it is set up.</source>
        <translation>采样点中心 %1，采样点 %2：工作站设置完成后加入。</translation>
    </message>
    <message>
        <source>The join code is for site %1, but the site code entered is %2. Correct the site code, or scan the join code of this site.</source>
        <translation>加入码属于采样点 %1，但填写的采样点编码是 %2。请改正采样点编码，或扫描本采样点的加入码。</translation>
    </message>
    <message>
        <source>The station is set up. Joining the site hub…</source>
        <translation>工作站已设置完成。正在加入采样点中心…</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Keep these unless your province&apos;s labels differ. Tube codes: up to 4 letters, then 8 to 16 digits (e.g. GZ0000000001). Box codes: BX, then 6 to 18 letters or digits (e.g. BX00000001).</source>
        <translation>除非本省标签规则不同，请保持默认。采样管码：最多 4 个字母，后接 8 至 16 位数字（如 GZ0000000001）。转运箱码：BX 后接 6 至 18 位字母或数字（如 BX00000001）。</translation>
    </message>
    <message>
        <source>Pre-printed tube codes whose last character is not this check digit are refused. Station-generated codes (SG...) keep their own Damm check digit. It can be changed later in Settings (F10).</source>
        <translation>最后一位不符合此校验方式的预印采样管码将被拒绝。工作站生成的采样管码（SG 开头）仍用其自带的 Damm 校验位。以后可在“设置”（F10）中更改。</translation>
    </message>
    <message>
        <source>Check digit of pre-printed tube codes</source>
        <translation>预印采样管码的校验位</translation>
    </message>
    <message>
        <source>Join again</source>
        <translation>重新加入</translation>
    </message>
    <message>
        <source>Not joined: %1 is used by another station of this site.</source>
        <translation>未加入：本采样点的%1已被另一台工作站使用。</translation>
    </message>
    <message>
        <source>Joined the site hub as %1. The station is set up; press Continue to sign in.</source>
        <translation>已作为%1加入采样点中心。工作站已设置完成；请点“继续”登录。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>%1 is already used at this site (free: %2). Choose another table number and press Join again, or press Finish and join later in Settings (F10). The station is set up; nothing is lost.</source>
        <translation>本采样点的%1已被另一台工作站使用（空闲台号：%2）。请另选采样台号并点“重新加入”；或点“完成”，以后在“设置”（F10）中加入。工作站已设置完成，数据不会丢失。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The station did not join the site hub: %1 Press Join again, or press Finish and join later in Settings (F10). The station is set up; nothing is lost.</source>
        <translation>工作站未能加入采样点中心：%1请点“重新加入”；或点“完成”，以后在“设置”（F10）中加入。工作站已设置完成，数据不会丢失。</translation>
    </message>
    <message>
        <source>This station is set up.</source>
        <translation>本工作站已设置完成。</translation>
    </message>
</context>
<context>
    <name>station::FocusLostWarning</name>
    <message>
        <source>Scanner input is not reaching the station: another window has the keyboard.
Click here to scan again.</source>
        <translation>扫码输入没有到达工作站：键盘焦点在另一个窗口。
点击此处恢复扫码。</translation>
    </message>
</context>
<context>
    <name>station::FreeTextPrivacy</name>
    <message>
        <source>A reason is kept unencrypted in the audit log and sent to the province, so it must not hold a resident&apos;s code, an ID number or a phone number. Say why in words.</source>
        <translation>原因会以明文记入审计日志并发送到省平台，因此不能包含居民码、证件号或电话号码。请用文字说明原因。</translation>
    </message>
</context>
<context>
    <name>station::HandOverDialog</name>
    <message>
        <source>Hand over box %1</source>
        <translation>交接转运箱 %1</translation>
    </message>
    <message>
        <source>Name of the courier</source>
        <translation>转运员姓名</translation>
    </message>
    <message>
        <source>Required: the box is over 2 hours</source>
        <translation>必填：该箱已超过 2 小时</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交接人</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>转运人</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>温度（°C）</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>The temperature &quot;%1&quot; is not a number of degrees Celsius.</source>
        <translation>温度“%1”不是有效的摄氏度数值。</translation>
    </message>
    <message>
        <source>Print manifest</source>
        <translation>打印交接单</translation>
    </message>
    <message>
        <source>Hand over boxes</source>
        <translation>交接转运箱</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>转运箱</translation>
    </message>
    <message>
        <source>Packed at</source>
        <translation>装箱采样台</translation>
    </message>
    <message>
        <source>Tubes</source>
        <translation>管数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>封箱时间</translation>
    </message>
    <message>
        <source>4-hour limit</source>
        <translation>4 小时时限</translation>
    </message>
    <message>
        <source>this table</source>
        <translation>本台</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>还剩 %1</translation>
    </message>
    <message>
        <source>%1 left, temperature</source>
        <translation>还剩 %1，需记录温度</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>Required: a box is over 2 hours</source>
        <translation>必填：有转运箱已超过 2 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) wait for the courier. Check those the courier takes now (Space in the list).</source>
        <translation>
            <numerusform>%n 个转运箱等待转运。请勾选转运员现在带走的转运箱（在列表中按空格键）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hand over %n box(es)</source>
        <translation>
            <numerusform>交接 %n 箱</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) handed over.</source>
        <translation>
            <numerusform>已交接 %n 箱。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not handed over: %1</source>
        <translation>未交接：%1</translation>
    </message>
    <message numerus="yes">
        <source>Box %1 of %2: %n tube(s), %3 people.</source>
        <translation>
            <numerusform>%2的转运箱 %1：%n 管，%3 人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Box %1: %n tube(s), %2 people.</source>
        <translation>
            <numerusform>转运箱 %1：%n 管，%2 人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chosen: %n box(es), %1.</source>
        <translation>
            <numerusform>已选：%n 箱，%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tube(s), %1</source>
        <translation>
            <numerusform>%n 管，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::HubJoin</name>
    <message>
        <source>This join code is for site %1, but this station belongs to site %2. Ask for the join code of this station&apos;s site.</source>
        <translation>此加入码属于采样点 %1，而本工作站属于采样点 %2。请索取本采样点的加入码。</translation>
    </message>
    <message>
        <source>Checking the hub&apos;s certificate…</source>
        <translation>正在核对采样点中心的证书…</translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached (%2). Check that this station is on the site&apos;s network and that the hub is running.</source>
        <translation>无法连接采样点中心 %1（%2）。请确认本工作站已连入采样点的网络，且采样点中心正在运行。</translation>
    </message>
    <message>
        <source>The server at %1 shows a different certificate from the one in the join code (fingerprint %2). Nothing was saved. Scan the code on the hub&apos;s own screen again; if it still differs, another computer may be answering in the hub&apos;s place: tell the site lead.</source>
        <translation>%1 的服务器出示的证书与加入码中的不一致（指纹 %2）。未保存任何内容。请在采样点中心本机屏幕上重新扫码；仍不一致时，可能有其他电脑冒充采样点中心，请告知采样点负责人。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate could not be written into %1.</source>
        <translation>无法将采样点中心的证书写入 %1。</translation>
    </message>
    <message>
        <source>Enrolling this station at the hub…</source>
        <translation>正在向采样点中心注册本工作站…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>The province&apos;s resident-code key could not be saved to %1.</source>
        <translation>无法将省平台的采样码公钥保存到 %1。</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>%1 秒内没有应答</translation>
    </message>
    <message>
        <source>The province&apos;s server at %1 cannot be reached (%2). Check that this station reaches the internet. Nothing was saved; a fallback set before stays in force.</source>
        <translation>连不上省平台服务器 %1（%2）。请检查本台能否连上互联网。没有保存任何内容；原来设置的备用服务器照常有效。</translation>
    </message>
    <message>
        <source>Checking the province&apos;s certificate…</source>
        <translation>正在核对省平台的证书…</translation>
    </message>
    <message>
        <source>The server at %1 shows a different certificate from the one in the join code (fingerprint %2). Nothing was saved; a fallback set before stays in force. Scan the province&apos;s join code again; if it still differs, another computer may be answering in the province&apos;s place: tell the site lead.</source>
        <translation>服务器 %1 显示的证书与加入码中的不同（指纹 %2）。没有保存任何内容；原来设置的备用服务器照常有效。请重新扫描省平台的加入码；如果仍然不同，可能有别的电脑冒充省平台在应答：请告知采样点负责人。</translation>
    </message>
    <message>
        <source>Enrolling this station at the province as its fallback…</source>
        <translation>正在把本台在省平台注册为备用…</translation>
    </message>
    <message>
        <source>This station could not enroll at the province as its fallback: %1 Nothing was saved; a fallback set before stays in force.</source>
        <translation>本台未能在省平台注册为备用：%1没有保存任何内容；原来设置的备用服务器照常有效。</translation>
    </message>
    <message>
        <source>This station could not enroll at the hub: %1 Nothing was saved.</source>
        <translation>本台未能在采样点中心注册：%1未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>station::HubJoinPanel</name>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>使用摄像头</translation>
    </message>
    <message>
        <source>Scan the join code the hub shows (SSJOIN1;…)</source>
        <translation>扫描采样点中心显示的加入码（SSJOIN1;…）</translation>
    </message>
    <message>
        <source>The site hub shows its join code as a QR code. Scan it with the handheld scanner or hold it to the camera; typing it also works.</source>
        <translation>采样点中心以二维码显示加入码。用扫码枪扫描或对准摄像头；也可以手工输入。</translation>
    </message>
    <message>
        <source>Joined the hub at %1 for site %2. Uploads go there from now on.</source>
        <translation>已加入采样点中心 %1（采样点 %2）。今后数据上传到那里。</translation>
    </message>
    <message>
        <source>No camera is available. Scan the code with the handheld scanner.</source>
        <translation>没有可用的摄像头。请用扫码枪扫码。</translation>
    </message>
    <message>
        <source>Stop the camera</source>
        <translation>停止摄像头</translation>
    </message>
    <message>
        <source>Hold the join code to the camera.</source>
        <translation>请将加入码对准摄像头。</translation>
    </message>
    <message>
        <source>Enrolled at the province (%1) as the fallback for site %2: records go there while the hub is out of reach.</source>
        <translation>已在省平台（%1）注册为采样点 %2 的备用服务器：采样点中心连不上时，记录发到那里。</translation>
    </message>
    <message>
        <source>Scan the province&apos;s join code (SSJOIN1;…)</source>
        <translation>扫描省平台的加入码（SSJOIN1;…）</translation>
    </message>
</context>
<context>
    <name>station::IdReveal</name>
    <message>
        <source>Say in the note why the full ID number is needed.</source>
        <translation>请在备注中说明为什么需要查看完整证件号码。</translation>
    </message>
    <message>
        <source>The note is too long; at most %1 characters.</source>
        <translation>备注太长；最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Do not write ID numbers or phone numbers in the note; it is kept in the audit log.</source>
        <translation>备注中不得填写证件号码或手机号码；备注会保存在审计日志中。</translation>
    </message>
    <message>
        <source>Sign in first: a full ID number is shown only to a signed-in operator.</source>
        <translation>请先登录：完整证件号码只向已登录的操作员显示。</translation>
    </message>
    <message>
        <source>showing the ID number</source>
        <translation>显示证件号码</translation>
    </message>
    <message>
        <source>This sample is not at this station.</source>
        <translation>本工作站没有这条采样记录。</translation>
    </message>
    <message>
        <source>The personal data of this sample was erased after upload (retention); the full ID number is no longer at this station.</source>
        <translation>这条采样记录的个人信息已在上传后按保存期限清除；本工作站已没有完整证件号码。</translation>
    </message>
    <message>
        <source>The stored ID number cannot be decrypted; it is damaged or belongs to another data key.</source>
        <translation>保存的证件号码无法解密：数据已损坏，或属于另一个数据密钥。</translation>
    </message>
    <message>
        <source>This station is not set up.</source>
        <translation>本工作站尚未设置。</translation>
    </message>
    <message>
        <source>The resident asks to check their ID number</source>
        <translation>居民要求核对本人证件号码</translation>
    </message>
    <message>
        <source>A result cannot be matched to the person</source>
        <translation>检测结果无法对应到本人</translation>
    </message>
    <message>
        <source>Checking a typed ID number against the document</source>
        <translation>核对手工录入的号码与证件是否一致</translation>
    </message>
    <message>
        <source>Check requested by the site lead</source>
        <translation>采样点负责人要求核查</translation>
    </message>
    <message>
        <source>Other (say why in the note)</source>
        <translation>其他（请在备注中说明原因）</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <source>Contacting a recalled person (name and phone number)</source>
        <translation>联系被召回人员（姓名和手机号）</translation>
    </message>
    <message>
        <source>A recalled person&apos;s contact details are shown from the recall list, not with their full ID number.</source>
        <translation>被召回人员的联系方式在召回清单中查看，而不是通过完整证件号。</translation>
    </message>
</context>
<context>
    <name>station::IdRevealLogDialog</name>
    <message>
        <source>Who saw full ID numbers</source>
        <translation>完整证件号码查看记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>查看人</translation>
    </message>
    <message>
        <source>Tube and position</source>
        <translation>采样管与位置</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n reveal(s) in the last %1 days: full ID numbers, and recalled people&apos;s contact details (purpose &quot;contacting a recalled person&quot;).</source>
        <translation>
            <numerusform>最近 %1 天共查看 %n 次：完整证件号，以及被召回人员的联系方式（用途为“联系被召回人员”）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::LabelPrintLog</name>
    <message>
        <source>No tube or box code was given to print.</source>
        <translation>没有给出要打印的采样管码或箱码。</translation>
    </message>
    <message>
        <source>recording the print of %1</source>
        <translation>记录 %1 的打印</translation>
    </message>
    <message>
        <source>%1 was printed before: say why it is printed again.</source>
        <translation>%1 已打印过：请说明补打原因。</translation>
    </message>
</context>
<context>
    <name>station::LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sampling Station</source>
        <translation>采样点工作站</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Tab moves between the fields; Enter signs in.</source>
        <translation>Tab 键切换输入框；回车键登录。</translation>
    </message>
    <message>
        <source>Enter your staff ID.</source>
        <translation>请输入工号。</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>请输入 PIN。</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>正在核对 PIN…</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>再次输入新 PIN</translation>
    </message>
    <message>
        <source>Set my PIN and sign in</source>
        <translation>设置我的 PIN 并登录</translation>
    </message>
    <message>
        <source>Your PIN is a one-time PIN: set your own with sampling-station-cli first.</source>
        <translation>您的 PIN 是一次性 PIN：请先用 sampling-station-cli 设置您自己的 PIN。</translation>
    </message>
    <message>
        <source>%1, you signed in with a one-time PIN. Choose your own PIN (6 to 12 digits, not a run or one digit repeated) and type it twice. Esc cancels.</source>
        <translation>%1，您使用一次性 PIN 登录。请设置您自己的 PIN（6 至 12 位数字，不能是连续数字或同一数字重复），并输入两次。按 Esc 取消。</translation>
    </message>
    <message>
        <source>Enter your new PIN.</source>
        <translation>请输入新的 PIN。</translation>
    </message>
    <message>
        <source>The two PINs differ. Type your new PIN again.</source>
        <translation>两次输入的 PIN 不一致。请重新输入新 PIN。</translation>
    </message>
    <message>
        <source>Setting your PIN…</source>
        <translation>正在设置您的 PIN…</translation>
    </message>
    <message>
        <source>The PIN was not changed. Sign in again with the one-time PIN.</source>
        <translation>PIN 未更改。请使用一次性 PIN 重新登录。</translation>
    </message>
    <message>
        <source>%1 · Table %2</source>
        <translation>%1 · %2号台</translation>
    </message>
</context>
<context>
    <name>station::MainWindow</name>
    <message>
        <source>Sampling Station</source>
        <translation>采样点工作站</translation>
    </message>
    <message>
        <source>Upload: not configured</source>
        <translation>上传：未配置</translation>
    </message>
    <message>
        <source>Sign in first: the scan was not taken.</source>
        <translation>请先登录：本次扫描未被接收。</translation>
    </message>
    <message>
        <source>Locked. Sign in to continue.</source>
        <translation>已锁定。请登录后继续。</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n idle minute(s). Sign in to continue.</source>
        <translation>
            <numerusform>空闲 %n 分钟后已锁定。请登录后继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>操作员：%1（%2）</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>采样点看板</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>The printer in Settings (F10) cannot be used: %1</source>
        <translation>设置（F10）中的打印机无法使用：%1</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Only a site lead or the station administrator manages the staff.</source>
        <translation>只有采样点负责人或设备管理员可以管理人员。</translation>
    </message>
    <message>
        <source>%1 (%2) was signed in at table %3 from %4 to %5.</source>
        <translation>%1（%2）于 %4 至 %5 在%3号台登录。</translation>
    </message>
    <message>
        <source>A keyboard scan came apart: its first keys arrived as typing. Raise the longest gap between keys of a scan, or slow the scanner down.</source>
        <translation>一次键盘模式扫码被拆开了：开头的按键被当作键盘输入。请调大“一次扫码中按键的最大间隔”，或降低扫码枪的发送速度。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · Table %2</source>
        <translation>%1 · %2号台</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>This station cannot show contact details.</source>
        <translation>本工作站不能显示联系方式。</translation>
    </message>
    <message>
        <source>F4 Dashboard · F9 Staff · F10 Settings</source>
        <translation>F4 采样点看板 · F9 人员 · F10 设置</translation>
    </message>
    <message>
        <source>F4 · F9 · F10</source>
        <translation>F4 · F9 · F10</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>未找到摄像头。</translation>
    </message>
    <message>
        <source>The camera was unplugged.</source>
        <translation>摄像头已拔出。</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>无摄像头</translation>
    </message>
</context>
<context>
    <name>station::ManualEntryDialog</name>
    <message>
        <source>Manual entry</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>For a resident without a code: type the details from their ID document.</source>
        <translation>用于没有登记码的居民：请按其证件录入信息。</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Add to tube</source>
        <translation>加入采样管</translation>
    </message>
    <message>
        <source>The phone number must be 11 digits starting with 1, or + and 6-15 digits.</source>
        <translation>电话号码应为以 1 开头的 11 位数字，或 + 加 6–15 位数字。</translation>
    </message>
    <message>
        <source>Type the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>Type the document number.</source>
        <translation>请输入证件号码。</translation>
    </message>
</context>
<context>
    <name>station::OutboxRelay</name>
    <message>
        <source>No server address is set for sync. Records stay on this station.</source>
        <translation>尚未设置上传服务器地址。记录保留在本工作站。</translation>
    </message>
    <message>
        <source>This station is not enrolled with the server yet. Enter the site&apos;s enrollment code; records stay on this station.</source>
        <translation>本工作站尚未在服务器注册。请输入采样点的注册码；记录保留在本工作站。</translation>
    </message>
    <message>
        <source>reading the records to upload</source>
        <translation>读取待上传的记录</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Records stay on this station and are sent when the connection is back.</source>
        <translation>无法连接服务器（%1）。记录保留在本工作站，网络恢复后自动上传。</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not match the records sent. Records stay on this station.</source>
        <translation>服务器的应答与发送的记录不符。记录保留在本工作站。</translation>
    </message>
    <message>
        <source>saving the server&apos;s answer</source>
        <translation>保存服务器的应答</translation>
    </message>
    <message>
        <source>The server refused this station&apos;s device token. Ask the site lead to enroll the station again; records stay on this station.</source>
        <translation>服务器拒绝了本工作站的设备令牌。请采样点负责人重新注册本工作站；记录保留在本工作站。</translation>
    </message>
    <message>
        <source>The server does not allow this station to upload: %1 Records stay on this station.</source>
        <translation>服务器不允许本工作站上传：%1 记录保留在本工作站。</translation>
    </message>
    <message>
        <source>The server could not read the upload: %1 Records stay on this station.</source>
        <translation>服务器无法读取上传内容：%1 记录保留在本工作站。</translation>
    </message>
    <message>
        <source>The server could not store the records (%1). Nothing was lost; the station will try again.</source>
        <translation>服务器无法保存记录（%1）。没有丢失任何数据；工作站会再次尝试。</translation>
    </message>
    <message>
        <source>The server answered with error %1. Records stay on this station and are sent again later.</source>
        <translation>服务器返回错误 %1。记录保留在本工作站，稍后会再次发送。</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <source>The province&apos;s server holds this station&apos;s audit log up to row %1, and this station&apos;s log no longer matches it: the log was cut or changed after it was synchronised. Records are still sent; tell the site lead and run sampling-station-cli check. Once the site lead has looked into it, an operator clears the warning with: sampling-station-cli check --acknowledge-anchor-mismatch --reason TEXT --operator STAFF_ID</source>
        <translation>省平台保存了本站审计日志直至第 %1 行，而本站的日志已与之不符：日志在同步后被截断或修改。记录仍会照常上传；请告知采样点负责人并运行 sampling-station-cli check。采样点负责人核实后，由一名操作员用以下命令清除该提示：sampling-station-cli check --acknowledge-anchor-mismatch --reason 原因 --operator 工号</translation>
    </message>
    <message>
        <source>saving the site&apos;s notes</source>
        <translation>保存采样点的提示</translation>
    </message>
    <message>
        <source>The site hub cannot be reached since %1 (%2). Records stay on this station; if the hub is still out of reach at %3 they go straight to the province.</source>
        <translation>采样点中心自 %1 起连不上（%2）。记录保留在本台；如果到 %3 仍连不上，记录将直接发到省平台。</translation>
    </message>
    <message>
        <source>The site hub cannot be reached since %1 (%2), and the province is not ready as a fallback (%3). Records stay on this station and are sent when the connection is back.</source>
        <translation>采样点中心自 %1 起连不上（%2），省平台也不能作为备用服务器（%3）。记录保留在本台，连接恢复后再发送。</translation>
    </message>
    <message>
        <source>this station is not enrolled at the province</source>
        <translation>本台没有在省平台注册</translation>
    </message>
    <message>
        <source>Neither the site hub nor the province can be reached (%1). Records stay on this station and are sent when the connection is back.</source>
        <translation>采样点中心和省平台都连不上（%1）。记录保留在本台，连接恢复后再发送。</translation>
    </message>
    <message>
        <source>The province, reached straight while the site hub cannot be reached: %1</source>
        <translation>采样点中心连不上，直接连接省平台时：%1</translation>
    </message>
</context>
<context>
    <name>station::Permissions</name>
    <message>
        <source>take samples</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>seal a tube early</source>
        <translation>提前封管</translation>
    </message>
    <message>
        <source>void a tube with samples in it</source>
        <translation>作废已有样本的采样管</translation>
    </message>
    <message>
        <source>hand a box to the courier</source>
        <translation>将转运箱交给转运员</translation>
    </message>
    <message>
        <source>see a full ID number</source>
        <translation>查看完整证件号</translation>
    </message>
    <message>
        <source>see who saw full ID numbers</source>
        <translation>查看谁看过完整证件号</translation>
    </message>
    <message>
        <source>change the station&apos;s settings</source>
        <translation>修改工作站设置</translation>
    </message>
    <message>
        <source>manage the staff</source>
        <translation>管理人员</translation>
    </message>
    <message>
        <source>manage station administrators</source>
        <translation>管理设备管理员</translation>
    </message>
    <message>
        <source>change the server</source>
        <translation>修改服务器</translation>
    </message>
    <message>
        <source>change the printers</source>
        <translation>修改打印机</translation>
    </message>
    <message>
        <source>change how long personal data is kept</source>
        <translation>修改个人信息保存期限</translation>
    </message>
    <message>
        <source>write a backup of the station</source>
        <translation>备份工作站</translation>
    </message>
    <message>
        <source>erase personal data</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>checking what the operator may do</source>
        <translation>检查操作员权限</translation>
    </message>
    <message>
        <source>%1 is disabled at this station; ask the site lead.</source>
        <translation>%1 在本工作站已停用；请联系采样点负责人。</translation>
    </message>
    <message>
        <source>%1 signed in with a one-time PIN: choose your own PIN first.</source>
        <translation>%1 使用一次性 PIN 登录：请先设置自己的 PIN。</translation>
    </message>
    <message>
        <source>A %1 may not %2; ask the site lead.</source>
        <translation>%1无权%2；请联系采样点负责人。</translation>
    </message>
    <message>
        <source>A %1 may not %2; ask the station administrator.</source>
        <translation>%1无权%2；请联系设备管理员。</translation>
    </message>
    <message>
        <source>see a recalled person&apos;s name and phone number</source>
        <translation>查看被召回人员的姓名和手机号</translation>
    </message>
</context>
<context>
    <name>station::ReachProbe</name>
    <message>
        <source>no connection within %1 ms</source>
        <translation>%1 毫秒内未能建立连接</translation>
    </message>
</context>
<context>
    <name>station::ReasonDialog</name>
    <message>
        <source>Or type another reason</source>
        <translation>或填写其他原因</translation>
    </message>
    <message>
        <source>Type the reason</source>
        <translation>请填写原因</translation>
    </message>
    <message>
        <source>A reason is required: pick one with the arrow keys or its number, or type one.</source>
        <translation>必须说明原因：用方向键或数字键选择一项，或填写原因。</translation>
    </message>
    <message>
        <source>A reason is required: type it.</source>
        <translation>必须说明原因：请填写。</translation>
    </message>
    <message>
        <source>A scanned code is not a reason: it was not written here. Pick a reason or type one.</source>
        <translation>扫描的条码不是原因，未填入此处。请选择或输入原因。</translation>
    </message>
</context>
<context>
    <name>station::RecallContact</name>
    <message>
        <source>Sign in first: a recalled person&apos;s contact details are shown only to a signed-in site lead.</source>
        <translation>请先登录：被召回人员的联系方式只向已登录的采样点负责人显示。</translation>
    </message>
    <message>
        <source>Name the recalled tube whose people are to be contacted.</source>
        <translation>请指明要联系其人员的被召回采样管。</translation>
    </message>
    <message>
        <source>showing the contact details</source>
        <translation>显示联系方式</translation>
    </message>
    <message>
        <source>The recall of tube %1 is closed: its people were sampled again and the province has their samples.</source>
        <translation>采样管 %1 的召回已关闭：其人员已复采，省平台已收到其样本。</translation>
    </message>
    <message>
        <source>No recall of tube %1 is known at this station. Recalls come with the site&apos;s facts: fetch the newest and look again.</source>
        <translation>本工作站不知道采样管 %1 的召回。召回随采样点信息下发：请获取最新信息后再查看。</translation>
    </message>
    <message>
        <source>Tube %1 was sampled at %2: the contact details of its people are kept there. Open the recall list at %2.</source>
        <translation>采样管 %1 是在%2采集的：其人员的联系方式保存在那里。请在%2打开召回清单。</translation>
    </message>
    <message>
        <source>The personal data of tube %1&apos;s people was erased after upload (retention): their contact details are no longer at this station.</source>
        <translation>采样管 %1 人员的个人信息已在上传后按保留期限删除：本工作站已无其联系方式。</translation>
    </message>
    <message>
        <source>Everyone recalled from tube %1 was sampled again: nobody is left to contact.</source>
        <translation>采样管 %1 召回的人员均已复采：没有需要联系的人。</translation>
    </message>
    <message>
        <source>This station is not set up.</source>
        <translation>本工作站尚未设置。</translation>
    </message>
    <message>
        <source>A stored name or phone number cannot be decrypted; it is damaged or belongs to another data key.</source>
        <translation>无法解密保存的姓名或手机号：数据已损坏，或属于另一个数据密钥。</translation>
    </message>
    <message>
        <source>Tube %1&apos;s recall changed meanwhile: nobody is left to contact.</source>
        <translation>采样管 %1 的召回已在此期间变化：没有需要联系的人。</translation>
    </message>
</context>
<context>
    <name>station::RecallContactDialog</name>
    <message>
        <source>Show contact details</source>
        <translation>显示联系方式</translation>
    </message>
    <message>
        <source>Contact details: tube %1</source>
        <translation>联系方式：采样管 %1</translation>
    </message>
    <message>
        <source>Tube %1 (%2) is recalled: call each person below and ask them to come back to be sampled again alone (单管单采).</source>
        <translation>采样管 %1（%2）已召回（待复核）：请逐一致电下列人员，请其回来单管单采复采。</translation>
    </message>
    <message>
        <source>Names and phone numbers are shown after your PIN. Your staff ID, each person&apos;s record and the purpose are recorded and reported to the province. Nothing here can be copied, printed or saved; closing this window forgets the list.</source>
        <translation>输入您的 PIN 后显示姓名和手机号。您的工号、每个人的记录和用途都会被记录并上报省平台。此处内容不能复制、打印或保存；关闭本窗口即清除清单。</translation>
    </message>
    <message>
        <source>Your PIN (%1)</source>
        <translation>您的 PIN（%1）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>ID number (masked)</source>
        <translation>证件号码（已遮蔽）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>People to call back</source>
        <translation>需致电召回的人员</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>请输入 PIN。</translation>
    </message>
    <message>
        <source>(no phone number)</source>
        <translation>（无手机号）</translation>
    </message>
    <message numerus="yes">
        <source>%n other person(s) of this tube were already sampled again.</source>
        <translation>
            <numerusform>此管另有 %n 人已复采。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other person(s) of this tube: their personal data was erased after upload (retention).</source>
        <translation>
            <numerusform>此管另有 %n 人的个人信息已在上传后按保留期限删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>正在核对 PIN…</translation>
    </message>
    <message>
        <source>The names and phone numbers of this tube&apos;s people still to be sampled again. Your staff ID, each person&apos;s record and the purpose were recorded and are reported to the province. Nothing here can be copied, printed or saved; closing this window forgets the list.</source>
        <translation>以下是此管尚待复采人员的姓名和手机号。您的工号、每个人的记录和用途已被记录并上报省平台。此处内容不能复制、打印或保存；关闭本窗口即清除清单。</translation>
    </message>
    <message>
        <source>Not listed: %1</source>
        <translation>未列出：%1</translation>
    </message>
</context>
<context>
    <name>station::RevealIdDialog</name>
    <message>
        <source>Show the number</source>
        <translation>显示号码</translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <source>Tube %1, position %2: %3</source>
        <translation>采样管 %1，第 %2 位：%3</translation>
    </message>
    <message numerus="yes">
        <source>The full number is shown for %n second(s), then masked again. Your staff ID, this resident&apos;s record and your reason are recorded and reported to the province.</source>
        <translation>
            <numerusform>完整号码显示 %n 秒后自动恢复打码。您的工号、该居民的采样记录和查看原因都会被记录并上报省平台。</numerusform>
        </translation>
    </message>
    <message>
        <source>Required for &quot;Other&quot;; never an ID or phone number</source>
        <translation>选“其他”时必填；不得填写证件号或手机号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Your PIN (%1)</source>
        <translation>您的 PIN（%1）</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>请输入 PIN。</translation>
    </message>
    <message>
        <source>The number is masked again.</source>
        <translation>号码已恢复打码。</translation>
    </message>
    <message numerus="yes">
        <source>Masked again in %n second(s).</source>
        <translation>
            <numerusform>%n 秒后恢复打码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>正在核对 PIN…</translation>
    </message>
</context>
<context>
    <name>station::SamplingScreen</name>
    <message>
        <source>Open tube</source>
        <translation>当前采样管</translation>
    </message>
    <message numerus="yes">
        <source>%n people per tube</source>
        <translation>
            <numerusform>每管 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>People in this tube</source>
        <translation>本管人员</translation>
    </message>
    <message>
        <source>Scan a code, or type it and press Enter (Up/Down selects a person)</source>
        <translation>扫描条码，或输入后按回车（上/下方向键选择人员）</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>撤销上一人</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <source>Seal early</source>
        <translation>提前封管</translation>
    </message>
    <message>
        <source>Void tube</source>
        <translation>作废采样管</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Today&apos;s list</source>
        <translation>今日清单</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>No open tube</source>
        <translation>没有使用中的采样管</translation>
    </message>
    <message>
        <source>Scan a tube code to open the next tube.</source>
        <translation>扫描采样管码以开始下一支采样管。</translation>
    </message>
    <message>
        <source>First swab at %1</source>
        <translation>首份采样时间 %1</translation>
    </message>
    <message>
        <source>No swab in this tube yet.</source>
        <translation>本管尚无采样。</translation>
    </message>
    <message>
        <source>Sample again</source>
        <translation>重新采样</translation>
    </message>
    <message>
        <source>Hand over box</source>
        <translation>交接转运箱</translation>
    </message>
    <message>
        <source>%1: hide</source>
        <translation>%1：隐藏</translation>
    </message>
    <message>
        <source>Print tube label</source>
        <translation>打印采样管标签</translation>
    </message>
    <message>
        <source>Full ID number</source>
        <translation>完整证件号</translation>
    </message>
    <message>
        <source>Print box label</source>
        <translation>打印转运箱标签</translation>
    </message>
    <message>
        <source>Print manifest</source>
        <translation>打印交接单</translation>
    </message>
    <message>
        <source>Retry printing</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Show or hide the camera picture</source>
        <translation>显示或隐藏摄像头画面</translation>
    </message>
    <message>
        <source>The next tube opens by itself and its label is printed.</source>
        <translation>下一支采样管将自动开管并打印标签。</translation>
    </message>
    <message>
        <source>This station cannot show full ID numbers.</source>
        <translation>本工作站无法显示完整证件号码。</translation>
    </message>
    <message>
        <source>Select a person in the open tube first (Up/Down), then press Ctrl+I; earlier tubes are in today&apos;s list (F3).</source>
        <translation>请先在当前采样管中选中一人（上/下键），再按 Ctrl+I；之前的采样管请在今日清单（F3）中查看。</translation>
    </message>
    <message>
        <source>A code typed here is recorded as typed by hand.</source>
        <translation>在此输入的号码按手工录入记录。</translation>
    </message>
    <message>
        <source>Since then: %1</source>
        <translation>此后：%1</translation>
    </message>
    <message>
        <source>Scan the next sealed tube, or the box code to seal the box.</source>
        <translation>请扫描下一支已封管的采样管，或扫描转运箱码封箱。</translation>
    </message>
    <message>
        <source>Scan the next person.</source>
        <translation>请扫描下一位。</translation>
    </message>
    <message>
        <source>Scan a tube code to open a tube.</source>
        <translation>请扫描采样管码，开始一支采样管。</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚无人员</translation>
    </message>
    <message>
        <source>The station recovered from an unexpected stop. Tube %1 is still open with %2 of %3 people. Last record: %4. Check it, then scan the next person.</source>
        <translation>工作站已从意外停止中恢复。采样管 %1 仍在使用中，已有 %2 / %3 人。最后一条记录：%4。请核对后扫描下一位。</translation>
    </message>
    <message>
        <source>Sealed tube</source>
        <translation>已封管的采样管</translation>
    </message>
    <message>
        <source>✕ Last scan refused</source>
        <translation>✕ 上次扫描被拒绝</translation>
    </message>
    <message>
        <source>✕ Last action refused</source>
        <translation>✕ 上次操作被拒绝</translation>
    </message>
    <message>
        <source>Put the label on this tube</source>
        <translation>请给这支采样管贴上标签</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Hand it over with Ctrl+H.</source>
        <translation>%1请按 Ctrl+H 交接。</translation>
    </message>
    <message>
        <source>Box label and manifest NOT printed (no printer): set one in F10, then Ctrl+B, Ctrl+M.</source>
        <translation>箱标签和交接单【未打印】（未设打印机）：在 F10 中设置后按 Ctrl+B、Ctrl+M。</translation>
    </message>
    <message>
        <source>Printing the box label and manifest on %1.</source>
        <translation>正在打印箱标签和交接单（%1）。</translation>
    </message>
    <message>
        <source>Box label and manifest NOT both sent to the printer: Ctrl+B, Ctrl+M.</source>
        <translation>箱标签和交接单【未能都送到打印机】：请按 Ctrl+B、Ctrl+M。</translation>
    </message>
    <message>
        <source>Ctrl+E seals it.</source>
        <translation>按 Ctrl+E 封管。</translation>
    </message>
    <message>
        <source>⚠ Recalled person: sampled alone</source>
        <translation>⚠ 待复核的人：已单管复采</translation>
    </message>
    <message>
        <source>⚠ Recalled person: not yet sampled again</source>
        <translation>⚠ 待复核的人：尚未单管复采</translation>
    </message>
    <message>
        <source>another table</source>
        <translation>另一个采样台</translation>
    </message>
    <message>
        <source>⚠ Put the label on, and mark it for the site lead: code also used at %1</source>
        <translation>⚠ 贴上标签，并做标记交给采样点负责人：编码在%1也用过</translation>
    </message>
    <message>
        <source>✕ Code also used at %1: nobody goes in. Scan a new tube</source>
        <translation>✕ 编码在%1也用过：不要放人。请扫描新采样管</translation>
    </message>
    <message>
        <source>✕ Code also used at %1: nobody more goes in. Seal it: Ctrl+E</source>
        <translation>✕ 编码在%1也用过：不能再加人。封管：Ctrl+E</translation>
    </message>
    <message numerus="yes">
        <source>Tube %1 was voided. Call %n person(s) back and sample them again:</source>
        <translation>
            <numerusform>采样管 %1 已作废。请召回以下 %n 人重新采样：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::SamplingService</name>
    <message>
        <source>Box %1 is not known at this station.</source>
        <translation>本工作站没有转运箱 %1 的记录。</translation>
    </message>
    <message>
        <source>Box %1 was already used; take a new box or bag.</source>
        <translation>转运箱 %1 已使用过；请换一个新的转运箱或袋子。</translation>
    </message>
    <message>
        <source>Box %1 is still being packed. Seal it before starting box %2.</source>
        <translation>转运箱 %1 仍在装箱中。请先封箱，再开始转运箱 %2。</translation>
    </message>
    <message>
        <source>opening box %1</source>
        <translation>开始转运箱 %1</translation>
    </message>
    <message>
        <source>No box is being packed. Scan the box code first.</source>
        <translation>没有正在装箱的转运箱。请先扫描转运箱码。</translation>
    </message>
    <message>
        <source>Tube %1 is not known at this station.</source>
        <translation>本工作站没有采样管 %1 的记录。</translation>
    </message>
    <message>
        <source>Tube %1 is still open. Seal it before it goes into a box.</source>
        <translation>采样管 %1 仍在使用中。装箱前请先封管。</translation>
    </message>
    <message>
        <source>Tube %1 was voided and must not be sent to the lab.</source>
        <translation>采样管 %1 已作废，不得送往实验室。</translation>
    </message>
    <message>
        <source>Tube %1 is already in box %2.</source>
        <translation>采样管 %1 已在转运箱 %2 中。</translation>
    </message>
    <message>
        <source>putting tube %1 into box %2</source>
        <translation>将采样管 %1 装入转运箱 %2</translation>
    </message>
    <message>
        <source>No box is being packed.</source>
        <translation>没有正在装箱的转运箱。</translation>
    </message>
    <message>
        <source>Box %1 is empty. Scan sealed tubes into it first.</source>
        <translation>转运箱 %1 是空的。请先扫描已封管的采样管装箱。</translation>
    </message>
    <message>
        <source>sealing box %1</source>
        <translation>封转运箱 %1</translation>
    </message>
    <message>
        <source>Box %1 is still being packed; seal it first.</source>
        <translation>转运箱 %1 仍在装箱中；请先封箱。</translation>
    </message>
    <message>
        <source>Box %1 was already handed over.</source>
        <translation>转运箱 %1 已交接。</translation>
    </message>
    <message>
        <source>Enter who hands the box over and who carries it.</source>
        <translation>请填写交接人和转运员。</translation>
    </message>
    <message>
        <source>The first swab in box %1 is more than 2 hours old: record the temperature.</source>
        <translation>转运箱 %1 中最早的采样已超过 2 小时：请记录温度。</translation>
    </message>
    <message>
        <source>checking box %1</source>
        <translation>核对转运箱 %1</translation>
    </message>
    <message>
        <source>Box %1 does not reconcile: sealed with %2 tubes and %3 people, now %4 tubes and %5 people. Do not hand it over; call the site lead.</source>
        <translation>转运箱 %1 数量不符：封箱时 %2 管 %3 人，现在 %4 管 %5 人。请勿交接；请联系采样点负责人。</translation>
    </message>
    <message>
        <source>handing over box %1</source>
        <translation>交接转运箱 %1</translation>
    </message>
    <message>
        <source>No tube is open. Scan the tube first, then the resident.</source>
        <translation>没有使用中的采样管。请先扫采样管，再扫居民。</translation>
    </message>
    <message>
        <source>Tube %1 is full. Scan the next tube.</source>
        <translation>采样管 %1 已满。请扫描下一支采样管。</translation>
    </message>
    <message>
        <source>saving the sample in tube %1</source>
        <translation>保存采样管 %1 中的样本</translation>
    </message>
    <message>
        <source>%1 (%2) is already in tube %3 at position %4.</source>
        <translation>%1（%2）已在采样管 %3 的第 %4 位。</translation>
    </message>
    <message>
        <source>%1 (%2) was already sampled today at %3 in tube %4. Sample again?</source>
        <translation>%1（%2）今天 %3 已在采样管 %4 中采过样。是否再次采样？</translation>
    </message>
    <message>
        <source>Say why the person is removed (a reason is required).</source>
        <translation>请说明移除此人的原因（必须填写原因）。</translation>
    </message>
    <message>
        <source>That sample is not known.</source>
        <translation>没有该样本的记录。</translation>
    </message>
    <message>
        <source>That person was already removed from tube %1.</source>
        <translation>此人已从采样管 %1 中移除。</translation>
    </message>
    <message>
        <source>Tube %1 is sealed; people can only be removed from the open tube. Void the tube if its swabs are unusable.</source>
        <translation>采样管 %1 已封管；只能从使用中的采样管移除人员。如管内样本不能用，请作废该管。</translation>
    </message>
    <message>
        <source>Tube %1 is %2; people can only be removed from the open tube.</source>
        <translation>采样管 %1 的状态是“%2”；只能从使用中的采样管移除人员。</translation>
    </message>
    <message>
        <source>removing a person from tube %1</source>
        <translation>从采样管 %1 中移除人员</translation>
    </message>
    <message>
        <source>There is nobody to undo.</source>
        <translation>没有可撤销的人。</translation>
    </message>
    <message>
        <source>Sign in before sampling.</source>
        <translation>采样前请先登录。</translation>
    </message>
    <message>
        <source>The pool size must be 1, 5, 10 or 20 people a tube.</source>
        <translation>混采数必须为每管 1、5、10 或 20 人。</translation>
    </message>
    <message>
        <source>opening tube %1</source>
        <translation>开始采样管 %1</translation>
    </message>
    <message>
        <source>Tube %1 is already the open tube.</source>
        <translation>采样管 %1 已是当前采样管。</translation>
    </message>
    <message>
        <source>Tube %1 was already used (%2). A tube code is never used twice: take a new tube.</source>
        <translation>采样管 %1 已使用过（%2）。采样管码不能重复使用：请换一支新管。</translation>
    </message>
    <message>
        <source>Tube %1 is open with %2 of %3 people. Fill it or seal it early before starting tube %4.</source>
        <translation>采样管 %1 正在使用，已有 %2/%3 人。请先采满或提前封管，再开始采样管 %4。</translation>
    </message>
    <message>
        <source>Replaced by tube %1 before the first swab</source>
        <translation>首份采样前已由采样管 %1 替换</translation>
    </message>
    <message>
        <source>No tube is open. Scan a tube first.</source>
        <translation>没有使用中的采样管。请先扫描采样管。</translation>
    </message>
    <message>
        <source>Tube %1 already has people; its pool size can no longer change.</source>
        <translation>采样管 %1 已有人员；混采数不能再更改。</translation>
    </message>
    <message>
        <source>changing the pool size of tube %1</source>
        <translation>更改采样管 %1 的混采数</translation>
    </message>
    <message>
        <source>Say why the tube is sealed before it is full (a reason is required).</source>
        <translation>请说明未满即封管的原因（必须填写原因）。</translation>
    </message>
    <message>
        <source>No tube is open.</source>
        <translation>没有使用中的采样管。</translation>
    </message>
    <message>
        <source>Tube %1 is empty; there is nothing to seal. Use it, or void it.</source>
        <translation>采样管 %1 是空的，无需封管。请继续使用，或将其作废。</translation>
    </message>
    <message>
        <source>sealing tube %1</source>
        <translation>封采样管 %1</translation>
    </message>
    <message>
        <source>Say why the tube is voided (a reason is required).</source>
        <translation>请说明作废采样管的原因（必须填写原因）。</translation>
    </message>
    <message>
        <source>Tube %1 is %2 and can no longer be voided here.</source>
        <translation>采样管 %1 的状态是“%2”，已不能在此作废。</translation>
    </message>
    <message>
        <source>voiding tube %1</source>
        <translation>作废采样管 %1</translation>
    </message>
    <message>
        <source>opening a tube under a new station code</source>
        <translation>用新生成的工作站采样管码开管</translation>
    </message>
    <message>
        <source>This station cannot generate more tube codes (table %1, number %2). Use pre-printed tubes.</source>
        <translation>本工作站无法再生成采样管码（采样台 %1，序号 %2）。请使用预印条码的采样管。</translation>
    </message>
    <message>
        <source>The generated tube code %1 does not match this site&apos;s tube pattern %2. Change the pattern or use pre-printed tubes.</source>
        <translation>生成的采样管码 %1 不符合本采样点的采样管码规则 %2。请修改规则或使用预印条码的采样管。</translation>
    </message>
    <message>
        <source>The next %1 generated tube codes were all used already. Check the station database; meanwhile use pre-printed tubes.</source>
        <translation>接下来生成的 %1 个采样管码都已被使用。请检查工作站数据库；在此期间请使用预印条码的采样管。</translation>
    </message>
    <message>
        <source>The tube is full; scan the next tube.</source>
        <translation>采样管已满；请扫描下一支采样管。</translation>
    </message>
    <message>
        <source>The tube is not open.</source>
        <translation>采样管未在使用中。</translation>
    </message>
    <message>
        <source>The box is not open.</source>
        <translation>转运箱未在装箱中。</translation>
    </message>
    <message>
        <source>This person is already in the tube.</source>
        <translation>此人已在该采样管中。</translation>
    </message>
    <message>
        <source>This tube code was already used.</source>
        <translation>此采样管码已被使用过。</translation>
    </message>
    <message>
        <source>This box code was already used.</source>
        <translation>此转运箱码已被使用过。</translation>
    </message>
    <message>
        <source>Another tube is already open.</source>
        <translation>已有另一支采样管在使用中。</translation>
    </message>
    <message>
        <source>Another box is already open.</source>
        <translation>已有另一个转运箱在装箱中。</translation>
    </message>
    <message>
        <source>Between 1 and %1 tube codes can be reserved at a time.</source>
        <translation>每次可预留 1 到 %1 个采样管码。</translation>
    </message>
    <message numerus="yes">
        <source>reserving %n tube code(s)</source>
        <translation>
            <numerusform>预留 %n 个采样管码</numerusform>
        </translation>
    </message>
    <message>
        <source>Tube %1 is not a tube sealed at another table of this site.</source>
        <translation>采样管 %1 不是本采样点其他采样台封管的采样管。</translation>
    </message>
    <message>
        <source>Tube %1 is a tube of this station, not of another table.</source>
        <translation>采样管 %1 是本工作站的采样管，不是其他采样台的。</translation>
    </message>
    <message>
        <source>checking tube %1</source>
        <translation>检查采样管 %1</translation>
    </message>
    <message>
        <source>putting tube %1 of %2 into box %3</source>
        <translation>将%2的采样管 %1 装入转运箱 %3</translation>
    </message>
    <message>
        <source>Box %1 is not a box of another table of this site.</source>
        <translation>转运箱 %1 不是本采样点其他采样台的转运箱。</translation>
    </message>
    <message>
        <source>handing over box %1 of %2</source>
        <translation>交接%2的转运箱 %1</translation>
    </message>
    <message>
        <source>Tube %1 is the open pooled tube. Take a NEW tube for %2 alone and scan its code.</source>
        <translation>采样管 %1 是当前开启的混采管。请为 %2 另取一支新采样管单采，并扫描其编码。</translation>
    </message>
    <message>
        <source>sampling a person alone in a new tube</source>
        <translation>在新采样管中单管单采一人</translation>
    </message>
    <message>
        <source>This station cannot generate a tube code for a single tube. Take a new pre-printed tube and scan its code.</source>
        <translation>本工作站无法为单采管生成采样管码。请取一支预印条码的新采样管并扫描其采样管码。</translation>
    </message>
    <message>
        <source>%1 °C cannot be the temperature in a transport box (from %2 to %3 °C). Read the thermometer again.</source>
        <translation>%1 °C 不可能是转运箱内的温度（应在 %2 至 %3 °C 之间）。请重新读取温度计。</translation>
    </message>
    <message>
        <source>Not a box code of this site: read %1.</source>
        <translation>不是本采样点的转运箱码：读到的是%1。</translation>
    </message>
    <message>
        <source>Not a tube code of this site: read %1.</source>
        <translation>不是本采样点的采样管码：读到的是%1。</translation>
    </message>
    <message>
        <source>another table</source>
        <translation>另一个采样台</translation>
    </message>
    <message>
        <source>Tube %1&apos;s code was also used at %2: nobody goes into it. Put it aside, mark it for the site lead, and scan a new tube (this empty one is then replaced).</source>
        <translation>采样管 %1 的编码在%2也用过：不要再往里放任何人。把它放在一边，做好标记交给采样点负责人，然后扫描一支新采样管（这支空管随即被替换）。</translation>
    </message>
    <message numerus="yes">
        <source>Tube %1&apos;s code was also used at %2: no one more goes into it. Seal it now (its %n people stay in it), mark it for the site lead, and open a new tube.</source>
        <translation>
            <numerusform>采样管 %1 的编码在%2也用过：不能再往里加人。请立即封管（管内 %n 人保留），做好标记交给采样点负责人，然后开启一支新采样管。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::ScanRouter</name>
    <message>
        <source>Sign in first: scans are not taken while the station is locked.</source>
        <translation>请先登录：工作站锁定时不接收扫描。</translation>
    </message>
    <message>
        <source>This code is not a tube, box or resident code.</source>
        <translation>此码不是采样管码、转运箱码或居民登记码。</translation>
    </message>
    <message>
        <source>Tube %1 is open for %2 people. Scan the residents.</source>
        <translation>采样管 %1 已开始，每管 %2 人。请扫描居民。</translation>
    </message>
    <message>
        <source>Not recorded: %1 was already sampled today and the re-test was not confirmed.</source>
        <translation>未记录：%1 今天已采过样，且未确认复采。</translation>
    </message>
    <message>
        <source>%1 added. Tube %2 is full (%3 / %3) and sealed. Scan the next tube.</source>
        <translation>已加入 %1。采样管 %2 已满（%3 / %3）并已封管。请扫描下一支采样管。</translation>
    </message>
    <message>
        <source>%1 added to tube %2 (%3 / %4).</source>
        <translation>%1 已加入采样管 %2（%3 / %4）。</translation>
    </message>
    <message>
        <source>Box %1 is open. Scan the sealed tubes to pack, then scan the box code again to seal it.</source>
        <translation>转运箱 %1 已开始装箱。请扫描已封管的采样管装箱，装完后再次扫描箱码封箱。</translation>
    </message>
    <message>
        <source>Box %1 is still open. Scan %1 again to seal it before opening box %2.</source>
        <translation>转运箱 %1 仍在装箱中。请先再次扫描 %1 封箱，再开始转运箱 %2。</translation>
    </message>
    <message>
        <source>Finish packing box %1 first (scan the box code again to seal it).</source>
        <translation>请先完成转运箱 %1 的装箱（再次扫描箱码即可封箱）。</translation>
    </message>
    <message>
        <source>The birth date in the ID number of this code is not a real date. Nothing was recorded.</source>
        <translation>此码中身份证号的出生日期不是有效日期。未记录任何内容。</translation>
    </message>
    <message>
        <source>The birth date in the ID number of this code is in the future. Nothing was recorded.</source>
        <translation>此码中身份证号的出生日期在今天之后。未记录任何内容。</translation>
    </message>
    <message>
        <source>A scan arrived while a question or window was open and was NOT taken. Finish it, then scan again.</source>
        <translation>屏幕上有窗口或提问时收到一次扫描，该扫描【未被接收】。请先完成该窗口，再重新扫描。</translation>
    </message>
    <message>
        <source>This code may be forged or altered: its signature does not match the province&apos;s key. Nothing was recorded. Ask the resident to refresh the code in the app and scan it again, or enter the person from their ID card.</source>
        <translation>此码可能是伪造或被篡改的：签名与省平台公钥不符。未做任何记录。请居民在应用中刷新采样码后重新扫描，或按身份证手工录入。</translation>
    </message>
    <message>
        <source>This resident code is not signed, and this site accepts only signed codes. Nothing was recorded. Ask the resident to refresh the code in the app, or enter the person from their ID card.</source>
        <translation>此采样码没有签名，本采样点只接受带签名的采样码。未做任何记录。请居民在应用中刷新采样码，或按身份证手工录入。</translation>
    </message>
    <message>
        <source>This site accepts only signed resident codes, but the station has no province key to check them. Nothing was recorded. Enter the person from their ID card, and ask the site lead to enroll the station again or to change the choice in Settings.</source>
        <translation>本采样点只接受带签名的采样码，但本机没有省平台公钥，无法验签。未做任何记录。请按身份证手工录入，并请采样点负责人重新注册本机，或在“设置”中更改此选项。</translation>
    </message>
    <message>
        <source>Tube code %1 was already used at %2 (%3). Do not use this tube: put it aside for the site lead, take a new tube and scan its code.</source>
        <translation>采样管码 %1 已在%2（%3）使用过。请不要使用这支管：把它放在一边交给采样点负责人，另取一支新管并扫描其采样管码。</translation>
    </message>
    <message>
        <source>Not recorded: %1 was already sampled today at %2 at %3 and the re-test was not confirmed.</source>
        <translation>未记录：%1 今天已于 %3 在%2采样，未确认复采。</translation>
    </message>
    <message>
        <source>Tube %1 was already packed into box %2 at %3 (%4). Do not pack it again: find the tube and tell the site lead.</source>
        <translation>采样管 %1 已在%3装入转运箱 %2（%4）。不要再次装箱：找到该采样管并告知采样点负责人。</translation>
    </message>
    <message>
        <source>Tube %1 is not known at this station. A tube of another table can be packed here only when this station has the site&apos;s facts (joined to the site hub or enrolled with the province): pack it at its own table.</source>
        <translation>本工作站不认识采样管 %1。只有本工作站已有采样点数据（已加入采样点中心或已在省平台注册）时，才能在此装入其他采样台的采样管：请在其所属采样台装箱。</translation>
    </message>
    <message>
        <source>Tube %1 is not known at this station, and the site&apos;s facts name no table that sealed it. The hub may be unreachable, or the tube was sealed only a moment ago: check the sync status (F7) and scan it again once the station is in touch, or pack it at its own table.</source>
        <translation>本工作站不认识采样管 %1，采样点数据中也没有哪个采样台封过它。可能连不上采样点中心，或该管刚刚封管：请查看同步状态（F7），待工作站连通后再扫描，或在其所属采样台装箱。</translation>
    </message>
    <message>
        <source>Tube %1 is still open at %2. It must be sealed there before it goes into a box.</source>
        <translation>采样管 %1 在%2仍未封管。必须先在那里封管，才能装箱。</translation>
    </message>
    <message>
        <source>Tube %1 was voided at %2 (%3) and must not be sent to the lab. Put it aside for the site lead.</source>
        <translation>采样管 %1 已在%2作废（%3），不得送往实验室。请放在一旁交采样点负责人处理。</translation>
    </message>
    <message>
        <source>Tube %1 is already in box %2.</source>
        <translation>采样管 %1 已在转运箱 %2 中。</translation>
    </message>
    <message>
        <source>Tube %1 is already in box %2, packed at %3 (%4). Do not pack it twice: find the tube and tell the site lead.</source>
        <translation>采样管 %1 已在转运箱 %2 中，装箱于%3（%4）。不要重复装箱：找到该采样管并告知采样点负责人。</translation>
    </message>
    <message>
        <source>The site&apos;s facts about tube %1 are incomplete, so it cannot be packed here. Pack it at its own table (%2), or ask the site lead to update the hub.</source>
        <translation>采样点数据中关于采样管 %1 的信息不完整，无法在此装箱。请在其所属采样台（%2）装箱，或请采样点负责人更新采样点中心。</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>阳性</translation>
    </message>
    <message>
        <source>PENDING RE-CHECK (待复核): %1 was in tube %2 (%3), which was %4. Not recorded: %1 must be sampled ALONE in a new tube. Scan the resident code again and then the code of a new tube.</source>
        <translation>待复核：%1 曾在采样管 %2（%3）中，该管结果为%4。未记录：%1 必须用新采样管单管单采。请再次扫描居民码，然后扫描新采样管的编码。</translation>
    </message>
    <message>
        <source>PENDING RE-CHECK (待复核): %1 must be sampled ALONE, but it was not recorded: %2</source>
        <translation>待复核：%1 必须单管单采，但未能记录：%2</translation>
    </message>
    <message>
        <source>Pooled tube %1 stays open with %2 / %3 people: go on with it.</source>
        <translation>混采管 %1 保持开启（%2 / %3 人）：继续使用该管。</translation>
    </message>
    <message>
        <source>No pooled tube is open: scan the next tube for the others.</source>
        <translation>当前没有开启的混采管：请为其他人扫描下一支采样管。</translation>
    </message>
    <message>
        <source>PENDING RE-CHECK (待复核): %1 sampled ALONE in tube %2, sealed with 1 person (tube %3 at %4 was %5). Label it and keep it apart. %6</source>
        <translation>待复核：%1 已在采样管 %2 中单管单采，已封管（1 人）（%4 的采样管 %3 结果为%5）。请贴好标签并单独存放。%6</translation>
    </message>
    <message>
        <source>%1 was already sampled again ALONE for the re-check (待复核) at %2 into tube %3.</source>
        <translation>%1 已于 %2 为复核（待复核）单管单采，样本在采样管 %3 中。</translation>
    </message>
    <message>
        <source>%1 Not recorded: do not take another single tube. To sample them again as a re-test, scan a tube first.</source>
        <translation>%1未记录：不要再取新的单采管。如需作为复采再次采样，请先扫描一支采样管。</translation>
    </message>
    <message>
        <source>%1 Not recorded: the re-test was not confirmed.</source>
        <translation>%1未记录：未确认复采。</translation>
    </message>
    <message>
        <source>%1 was already sampled again ALONE for the re-check (待复核) at %2 at %3 into tube %4.</source>
        <translation>%1 已于 %3 在%2为复核（待复核）单管单采，样本在采样管 %4 中。</translation>
    </message>
    <message numerus="yes">
        <source>Box %1 sealed with %n tube(s) (%2).</source>
        <translation>
            <numerusform>转运箱 %1 已封箱，共 %n 管（%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tube %1 packed into box %2 (%n tube(s), %3).</source>
        <translation>
            <numerusform>采样管 %1 已装入转运箱 %2（共 %n 管，%3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tube %1 of %2 packed into box %3 (%n tube(s), %4).</source>
        <translation>
            <numerusform>%2的采样管 %1 已装入转运箱 %3（%n 管，%4）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tube %1 is already open (%2 / %3). Scan the residents.</source>
        <translation>采样管 %1 已在使用中（%2 / %3）。请扫描居民。</translation>
    </message>
    <message>
        <source>Box %1 was sealed at %2 (%3) and handed over to the courier there (%4): it cannot be packed again. Use a new box.</source>
        <translation>转运箱 %1 已在%2封箱（%3）并交给转运员（%4），不能再装箱。请换一个新转运箱。</translation>
    </message>
    <message>
        <source>Box %1 was sealed at %2 (%3) and handed over to the courier at %4 (%5): it cannot be packed again. Use a new box.</source>
        <translation>转运箱 %1 已在%2封箱（%3），在%4交给转运员（%5），不能再装箱。请换一个新转运箱。</translation>
    </message>
    <message>
        <source>Box %1 was sealed at %2 (%3): it cannot be packed again. Use a new box.</source>
        <translation>转运箱 %1 已在%2封箱（%3），不能再装箱。请换一个新转运箱。</translation>
    </message>
    <message>
        <source>Box %1 is being packed at %2 (opened %3). Use a new box here; tubes of this table may also go into box %1 at %2.</source>
        <translation>转运箱 %1 正在%2装箱（%3 开始）。本台请换一个新转运箱；本台的采样管也可以拿到%2装入转运箱 %1。</translation>
    </message>
</context>
<context>
    <name>station::ScannerTestField</name>
    <message>
        <source>Click here and scan a code</source>
        <translation>点击此处后扫一个码</translation>
    </message>
    <message>
        <source>Scan a resident code, a tube or a box label: the station says what it read and whether the scanner sends it the way it should. Nothing is recorded.</source>
        <translation>扫居民码、采样管标签或转运箱标签：工作站显示读到的内容，以及扫码枪的发送方式是否正确。不会记录任何内容。</translation>
    </message>
    <message>
        <source>Part of a scan arrived as typing, without its Enter. Check the scanner&apos;s suffix (it must end with Enter) and the longest gap between keys.</source>
        <translation>扫码的一部分以键盘输入的方式到达，且没有回车。请检查扫码枪的后缀（必须以回车结尾）和“一次扫码中按键的最大间隔”。</translation>
    </message>
    <message>
        <source>Resident code, valid: %1, %2</source>
        <translation>居民码，有效：%1，%2</translation>
    </message>
    <message>
        <source>Resident code, not valid: %1</source>
        <translation>居民码，无效：%1</translation>
    </message>
    <message>
        <source>Tube code %1, valid.</source>
        <translation>采样管码 %1，有效。</translation>
    </message>
    <message>
        <source>Tube code, not valid: %1</source>
        <translation>采样管码，无效：%1</translation>
    </message>
    <message>
        <source>Box code %1, valid.</source>
        <translation>转运箱码 %1，有效。</translation>
    </message>
    <message>
        <source>Box code, not valid: %1</source>
        <translation>转运箱码，无效：%1</translation>
    </message>
    <message>
        <source>Not a code the station knows: %1</source>
        <translation>不是工作站认识的码：%1</translation>
    </message>
    <message>
        <source>It arrived as one fast burst of keys from a keyboard scanner: the station takes it as a scan.</source>
        <translation>它作为键盘模式扫码枪的一串快速按键到达：工作站会把它当作扫码。</translation>
    </message>
    <message>
        <source>It arrived as typing, at a person&apos;s speed. If it was scanned, the station did not recognise the scanner: check its prefix and suffix and the longest gap between keys.</source>
        <translation>它以人工打字的速度输入。如果这是扫码，说明工作站没有识别出扫码枪：请检查前缀、后缀和“一次扫码中按键的最大间隔”。</translation>
    </message>
    <message>
        <source>It arrived as typing at scanner speed: the station did not take it as a scan. Check the scanner&apos;s prefix and suffix (it must end with Enter) and the longest gap between keys.</source>
        <translation>它以扫码枪的速度作为键盘输入到达，但工作站没有把它当作扫码。请检查扫码枪的前缀和后缀（必须以回车结尾）以及“一次扫码中按键的最大间隔”。</translation>
    </message>
    <message>
        <source>It arrived from the serial scanner.</source>
        <translation>它来自串口扫码枪。</translation>
    </message>
    <message>
        <source>It arrived from the HID-POS scanner.</source>
        <translation>它来自 HID-POS 扫码枪。</translation>
    </message>
    <message>
        <source>It was read by the camera.</source>
        <translation>它由摄像头读取。</translation>
    </message>
    <message>
        <source>It arrived from a scanner.</source>
        <translation>它来自扫码枪。</translation>
    </message>
</context>
<context>
    <name>station::SettingsAuthority</name>
    <message>
        <source>recording the settings change</source>
        <translation>记录设置变更</translation>
    </message>
</context>
<context>
    <name>station::SettingsDialog</name>
    <message>
        <source>Play success and error sounds</source>
        <translation>播放成功和错误提示音</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>空闲自动锁定</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>none, e.g. ttyACM0</source>
        <translation>无，例如 ttyACM0</translation>
    </message>
    <message>
        <source>Scanners</source>
        <translation>扫码设备</translation>
    </message>
    <message>
        <source>Keyboard scanner prefix</source>
        <translation>键盘模式扫码枪前缀</translation>
    </message>
    <message>
        <source>Keyboard scanner suffix</source>
        <translation>键盘模式扫码枪后缀</translation>
    </message>
    <message>
        <source>Longest gap between keys of a scan</source>
        <translation>一次扫码中按键的最大间隔</translation>
    </message>
    <message>
        <source>Serial scanner port</source>
        <translation>串口扫码枪端口</translation>
    </message>
    <message>
        <source>Serial baud rate</source>
        <translation>串口波特率</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Label size (mm, WIDTHxHEIGHT)</source>
        <translation>标签尺寸（毫米，宽x高）</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>标签打印机</translation>
    </message>
    <message>
        <source>Language and scanner changes apply when the station is started again.</source>
        <translation>界面语言和扫码设备的更改在工作站重新启动后生效。</translation>
    </message>
    <message>
        <source>The label size must be WIDTHxHEIGHT in millimetres, e.g. 50x30.</source>
        <translation>标签尺寸必须为“宽x高”（毫米），例如 50x30。</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>无法将设置保存到 %1。</translation>
    </message>
    <message>
        <source>Show the camera picture on the table screen (F6)</source>
        <translation>在采样台界面显示摄像头画面（F6）</translation>
    </message>
    <message>
        <source>Print a label for each new tube</source>
        <translation>为每支新采样管打印标签</translation>
    </message>
    <message>
        <source>none; a system printer&apos;s name, or zpl://HOST, pdf:FILE...</source>
        <translation>无；系统打印机名称，或 zpl://主机、pdf:文件……</translation>
    </message>
    <message>
        <source>the label printer; or a page printer&apos;s name, pdf:FILE...</source>
        <translation>同标签打印机；或普通打印机名称、pdf:文件……</translation>
    </message>
    <message>
        <source>Manifest printer (A4)</source>
        <translation>交接单打印机（A4）</translation>
    </message>
    <message>
        <source>For tubes without a pre-printed code: the station gives each new tube a code of its own and prints its label. Pre-printed tubes can still be scanned.</source>
        <translation>适用于没有预印条码的采样管：工作站为每支新采样管生成采样管码并打印标签。仍可扫描预印条码的采样管。</translation>
    </message>
    <message>
        <source>none; auto, or VID:PID e.g. 0c2e:0b61</source>
        <translation>不用；auto，或 VID:PID，如 0c2e:0b61</translation>
    </message>
    <message>
        <source>A USB scanner set to HID-POS mode (the point-of-sale HID interface) sends raw bytes, so codes with Chinese text arrive whole. &quot;auto&quot; takes the first HID-POS scanner found.</source>
        <translation>设为 HID-POS 模式（销售终端 HID 接口）的 USB 扫码枪直接传送原始字节，带中文的码能完整读到。“auto”表示使用找到的第一台 HID-POS 扫码枪。</translation>
    </message>
    <message>
        <source>HID-POS scanner</source>
        <translation>HID-POS 扫码枪</translation>
    </message>
    <message>
        <source>Pre-printed tube codes whose last character is not this check digit are refused. Station-generated codes (SG...) keep their own Damm check digit. Applies at once.</source>
        <translation>最后一位不符合此校验方式的预印采样管码将被拒绝。工作站生成的采样管码（SG 开头）仍用其自带的 Damm 校验位。立即生效。</translation>
    </message>
    <message>
        <source>Site codes</source>
        <translation>采样点编码</translation>
    </message>
    <message>
        <source>Check digit of pre-printed tube codes</source>
        <translation>预印采样管码的校验位</translation>
    </message>
    <message>
        <source>The HID-POS scanner must be empty, &quot;auto&quot;, or the USB vendor and product id as VID:PID in hexadecimal, e.g. 0c2e:0b61.</source>
        <translation>HID-POS 扫码枪一项须留空、填“auto”，或填十六进制的 USB 厂商与产品 ID（VID:PID），如 0c2e:0b61。</translation>
    </message>
    <message>
        <source>The fingerprint of the key the province signs resident codes with. To check it, read it aloud to the province&apos;s help desk.</source>
        <translation>省平台签发采样码所用公钥的指纹。核对时，请把它读给省平台服务台。</translation>
    </message>
    <message>
        <source>Province key for resident codes</source>
        <translation>省平台采样码公钥</translation>
    </message>
    <message>
        <source>Default: refuse once the province gives a key</source>
        <translation>默认：省平台提供公钥后拒绝</translation>
    </message>
    <message>
        <source>Accept unsigned codes</source>
        <translation>接受无签名的采样码</translation>
    </message>
    <message>
        <source>Refuse unsigned codes</source>
        <translation>拒绝无签名的采样码</translation>
    </message>
    <message>
        <source>A code whose signature does not match is always refused. Codes without a signature are old or forged once the province signs its codes. Applies at once.</source>
        <translation>签名不符的采样码总是被拒绝。省平台签发带签名的采样码后，无签名的码就是旧码或伪造码。立即生效。</translation>
    </message>
    <message>
        <source>Resident codes without a signature</source>
        <translation>无签名的采样码</translation>
    </message>
    <message>
        <source>None: the province gave no key at enrollment, so signatures are not checked.</source>
        <translation>无：注册时省平台未提供公钥，因此不校验签名。</translation>
    </message>
    <message>
        <source>Damaged: every signed code is refused. Enroll the station again.</source>
        <translation>已损坏：所有带签名的采样码都会被拒绝。请重新注册本机。</translation>
    </message>
    <message>
        <source>announced by the server on %1</source>
        <translation>服务器于 %1 发布</translation>
    </message>
    <message>
        <source>received at enrollment on %1</source>
        <translation>注册时于 %1 收到</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>only by hand</source>
        <translation>仅手动</translation>
    </message>
    <message>
        <source>Personal data the province has acknowledged is destroyed, day by day, once older than this (from the next start). Only a station administrator changes it.</source>
        <translation>省平台已确认的个人信息超过此期限后按天销毁（下次启动起生效）。仅设备管理员可修改。</translation>
    </message>
    <message>
        <source>Keep personal data</source>
        <translation>个人信息保存期限</translation>
    </message>
    <message>
        <source>Print a test label</source>
        <translation>打印测试标签</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>扫码测试</translation>
    </message>
    <message>
        <source>Prints one label that says it is a test on the label printer above, saved or not. Its barcode is not a tube code.</source>
        <translation>在上面填写的标签打印机上打印一张注明为测试的标签（无论是否已保存）。其条码不是采样管码。</translation>
    </message>
    <message>
        <source>Printing the test label…</source>
        <translation>正在打印测试标签…</translation>
    </message>
    <message>
        <source>Join a site hub</source>
        <translation>加入采样点中心</translation>
    </message>
    <message>
        <source>Uploads go to</source>
        <translation>上传到</translation>
    </message>
    <message>
        <source>Only the station administrator joins a site hub.</source>
        <translation>只有工作站管理员可以加入采样点中心。</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>加入码</translation>
    </message>
    <message>
        <source>Scan the QR code the site hub shows; the station checks the hub&apos;s certificate against it, enrolls and uploads to the hub from then on. This applies at once, without Save.</source>
        <translation>扫描采样点中心显示的二维码；工作站据此核对其证书、完成注册，此后向采样点中心上传。立即生效，不需要点“保存”。</translation>
    </message>
    <message>
        <source>No server: records stay on this station until it joins a hub or the province&apos;s server.</source>
        <translation>未设置服务器：记录保存在本工作站，直到加入采样点中心或省平台服务器。</translation>
    </message>
    <message>
        <source>%1 (not enrolled yet)</source>
        <translation>%1（尚未注册）</translation>
    </message>
    <message>
        <source>%1 (its certificate is pinned)</source>
        <translation>%1（已固定其证书）</translation>
    </message>
    <message>
        <source>If the hub is out of reach</source>
        <translation>采样点中心连不上时</translation>
    </message>
    <message>
        <source>Records wait at this station (no fallback server).</source>
        <translation>记录留在本台等待（没有备用服务器）。</translation>
    </message>
    <message>
        <source>Straight to the province at %1 once the hub has been out of reach for %2 min.</source>
        <translation>采样点中心连续 %2 分钟连不上后，直接发送到省平台 %1。</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>High contrast (bright sites)</source>
        <translation>高对比度（适合强光场地）</translation>
    </message>
    <message>
        <source>Black on white with heavier lines, for sunlight and glare. Applies at once.</source>
        <translation>白底黑字、线条更粗，适合阳光直射和屏幕反光时使用。立即生效。</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <source>Scan the province&apos;s join code…</source>
        <translation>扫描省平台的加入码…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Province&apos;s join code</source>
        <translation>省平台加入码</translation>
    </message>
    <message>
        <source>Scan the join code of the province&apos;s server now. The hub stays the server this station syncs with; the province takes the records only while the hub is out of reach.</source>
        <translation>现在请扫描省平台服务器的加入码。本台仍与采样点中心同步；只有采样点中心连不上时，记录才发到省平台。</translation>
    </message>
    <message>
        <source>Remove the fallback</source>
        <translation>移除备用服务器</translation>
    </message>
    <message>
        <source>Remove the province as this station&apos;s fallback? While the hub is out of reach, records then wait at this station until it is back.</source>
        <translation>不再把省平台作为本台的备用服务器？此后采样点中心连不上时，记录留在本台，等它恢复后再发送。</translation>
    </message>
    <message>
        <source>The fallback is removed: records wait at this station while the hub is out of reach.</source>
        <translation>已移除备用服务器：采样点中心连不上时，记录留在本台等待。</translation>
    </message>
    <message>
        <source>Table number</source>
        <translation>采样台号</translation>
    </message>
    <message>
        <source>Save the new table number first, then open Settings (F10) again to join.</source>
        <translation>请先保存新的台号，再重新打开“设置”（F10）加入。</translation>
    </message>
    <message>
        <source>Only before this station joins a hub or enrols at the province: choose a number no other table of the site has, Save, then join.</source>
        <translation>只能在本工作站加入采样点中心或在省平台注册之前更改：选一个本采样点其他台没有用的号，保存，然后加入。</translation>
    </message>
    <message>
        <source>This station has joined a server, which knows it by this number: it cannot change now.</source>
        <translation>本工作站已加入服务器，服务器按这个台号识别它：现在不能再改。</translation>
    </message>
</context>
<context>
    <name>station::SiteFactsFeed</name>
    <message>
        <source>reading the site&apos;s facts</source>
        <translation>读取采样点的记录</translation>
    </message>
    <message>
        <source>The server cannot be reached for the site&apos;s facts (%1). The table goes on with the facts it has.</source>
        <translation>无法连接服务器获取采样点记录（%1）。采样台继续使用已有的记录工作。</translation>
    </message>
    <message>
        <source>The server did not give the site&apos;s facts (HTTP %1): %2</source>
        <translation>服务器未提供采样点记录（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>keeping the site&apos;s facts</source>
        <translation>保存采样点的记录</translation>
    </message>
</context>
<context>
    <name>station::SitePassphraseDialog</name>
    <message>
        <source>Unlock the station</source>
        <translation>解锁工作站</translation>
    </message>
    <message>
        <source>Site passphrase</source>
        <translation>采样点口令</translation>
    </message>
    <message>
        <source>Personal data on this station is locked. Type the site passphrase the site lead gave you to unlock it.</source>
        <translation>本工作站的个人信息已加密锁定。请输入采样点负责人告知的采样点口令以解锁。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Close the station</source>
        <translation>关闭工作站</translation>
    </message>
    <message numerus="yes">
        <source>%1 Type it again: %n more tries before the station closes.</source>
        <translation>
            <numerusform>%1请重新输入（还可再试 %n 次，之后工作站将关闭）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::SiteStaffList</name>
    <message>
        <source>saving the server&apos;s answer</source>
        <translation>保存服务器的应答</translation>
    </message>
    <message>
        <source>applying the site&apos;s staff list</source>
        <translation>应用采样点的人员名单</translation>
    </message>
    <message>
        <source>putting this station&apos;s staff on the site&apos;s list</source>
        <translation>把本工作站的人员加入全点人员名单</translation>
    </message>
    <message>
        <source>keeping the site&apos;s staff problems</source>
        <translation>保存全点人员名单的问题</translation>
    </message>
</context>
<context>
    <name>station::SiteStaffSync</name>
    <message>
        <source>The station is not enrolled with a server.</source>
        <translation>本工作站尚未登记到服务器。</translation>
    </message>
    <message>
        <source>reading the staff changes to send</source>
        <translation>读取待发送的人员变更</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>无法连接服务器（%1）。</translation>
    </message>
    <message>
        <source>The server answered with error %1: %2</source>
        <translation>服务器返回错误 %1：%2</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not match the staff changes sent.</source>
        <translation>服务器的应答与发送的人员变更不一致。</translation>
    </message>
    <message>
        <source>reading the staff list</source>
        <translation>读取人员名单</translation>
    </message>
    <message>
        <source>The server&apos;s staff list could not be read: %1</source>
        <translation>无法读取服务器上的人员名单：%1</translation>
    </message>
</context>
<context>
    <name>station::StaffDialog</name>
    <message>
        <source>Add a member of staff</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>电话（可选）</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Disable or enable</source>
        <translation>停用或启用</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>重置 PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>one-time PIN</source>
        <translation>一次性 PIN</translation>
    </message>
    <message>
        <source>Select a member of staff first.</source>
        <translation>请先选择一名工作人员。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>One-time PIN</source>
        <translation>一次性 PIN</translation>
    </message>
    <message>
        <source>Hand over each one-time PIN; it is shown only this once. Its holder chooses their own PIN at the first sign-in.

%1</source>
        <translation>请将每个一次性 PIN 交给本人；它只显示这一次。持有人首次登录时设置自己的 PIN。

%1</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>%1 was disabled.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <source>%1 was enabled.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <source>%1 has a new one-time PIN.</source>
        <translation>%1 已获得新的一次性 PIN。</translation>
    </message>
    <message>
        <source>%1 was unlocked.</source>
        <translation>已解除 %1 的锁定。</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 现在的角色：%2。</translation>
    </message>
    <message>
        <source>Import a staff list</source>
        <translation>导入人员名单</translation>
    </message>
    <message>
        <source>Staff lists (*.csv);;All files (*)</source>
        <translation>人员名单 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>已导入：新增 %1 人，更新 %2 人。</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>The PIN could not be protected.</source>
        <translation>无法保护该 PIN。</translation>
    </message>
    <message>
        <source>Wait: the one-time PINs are still being protected.</source>
        <translation>请稍候：一次性 PIN 仍在加密保护中。</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>正在添加 %1…</translation>
    </message>
    <message>
        <source>Resetting the PIN of %1…</source>
        <translation>正在重置 %1 的 PIN…</translation>
    </message>
    <message numerus="yes">
        <source>Protecting %n one-time PIN(s)…</source>
        <translation>
            <numerusform>正在保护 %n 个一次性 PIN…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the staff list</source>
        <translation>导出人员名单</translation>
    </message>
    <message>
        <source>staff.csv</source>
        <translation>人员名单.csv</translation>
    </message>
    <message>
        <source>Staff lists (*.csv)</source>
        <translation>人员名单 (*.csv)</translation>
    </message>
    <message>
        <source>The staff list could not be saved: %1</source>
        <translation>无法保存人员名单：%1</translation>
    </message>
    <message>
        <source>The staff list was saved to %1.</source>
        <translation>人员名单已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>station::StaffRole</name>
    <message>
        <source>sampler</source>
        <translation>采样员</translation>
    </message>
    <message>
        <source>site lead</source>
        <translation>采样点负责人</translation>
    </message>
    <message>
        <source>station administrator</source>
        <translation>设备管理员</translation>
    </message>
</context>
<context>
    <name>station::StaffService</name>
    <message>
        <source>The staff ID must be 1-32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>工号须为 1–32 个字母、数字、“-”或“_”。</translation>
    </message>
    <message>
        <source>The operator&apos;s name is required.</source>
        <translation>请填写操作员姓名。</translation>
    </message>
    <message>
        <source>The name is longer than 64 characters.</source>
        <translation>姓名超过 64 个字符。</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, &apos;+&apos; and &apos;-&apos; (at most 20).</source>
        <translation>电话号码只能包含数字、空格、“+”和“-”（最多 20 个字符）。</translation>
    </message>
    <message>
        <source>No operator with staff ID %1 at this station.</source>
        <translation>本工作站没有工号为 %1 的操作员。</translation>
    </message>
    <message>
        <source>checking the administrators</source>
        <translation>检查设备管理员</translation>
    </message>
    <message>
        <source>%1 is the station&apos;s only administrator; make someone else administrator first.</source>
        <translation>%1 是本工作站唯一的设备管理员；请先将其他人设为设备管理员。</translation>
    </message>
    <message>
        <source>adding the operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>The PIN could not be protected.</source>
        <translation>无法保护 PIN。</translation>
    </message>
    <message>
        <source>An operator with staff ID %1 already exists.</source>
        <translation>工号为 %1 的操作员已存在。</translation>
    </message>
    <message>
        <source>disabling the operator</source>
        <translation>停用操作员</translation>
    </message>
    <message>
        <source>You cannot disable yourself; ask another site lead.</source>
        <translation>不能停用自己；请联系另一位采样点负责人。</translation>
    </message>
    <message>
        <source>%1 is disabled already.</source>
        <translation>%1 已经是停用状态。</translation>
    </message>
    <message>
        <source>enabling the operator</source>
        <translation>启用操作员</translation>
    </message>
    <message>
        <source>%1 is enabled already.</source>
        <translation>%1 已经是启用状态。</translation>
    </message>
    <message>
        <source>Choose your own new PIN instead of resetting it.</source>
        <translation>请直接设置自己的新 PIN，而不是重置。</translation>
    </message>
    <message>
        <source>resetting the PIN</source>
        <translation>重置 PIN</translation>
    </message>
    <message>
        <source>unlocking the operator</source>
        <translation>解锁操作员</translation>
    </message>
    <message>
        <source>%1 is not locked.</source>
        <translation>%1 没有被锁定。</translation>
    </message>
    <message>
        <source>changing the role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>You cannot change your own role; ask another site lead.</source>
        <translation>不能修改自己的角色；请联系另一位采样点负责人。</translation>
    </message>
    <message>
        <source>%1 is a %2 already.</source>
        <translation>%1 已经是%2。</translation>
    </message>
    <message>
        <source>Choose a PIN different from the one you signed in with.</source>
        <translation>新 PIN 不能与登录时使用的 PIN 相同。</translation>
    </message>
    <message>
        <source>setting the PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <source>The file lists nobody.</source>
        <translation>文件中没有人员。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (sampler, site lead or administrator; 采样员, 采样点负责人 or 设备管理员).</source>
        <translation>未知角色“%1”（应为 采样员、采样点负责人 或 设备管理员；sampler、site lead 或 administrator）。</translation>
    </message>
    <message>
        <source>staff ID %1 is listed twice.</source>
        <translation>工号 %1 出现了两次。</translation>
    </message>
    <message>
        <source>importing the staff list</source>
        <translation>导入人员名单</translation>
    </message>
    <message>
        <source>you cannot change your own role.</source>
        <translation>不能修改自己的角色。</translation>
    </message>
    <message>
        <source>staff ID %1 was removed meanwhile; import the file again.</source>
        <translation>工号 %1 在此期间已被移除，请重新导入该文件。</translation>
    </message>
</context>
<context>
    <name>station::StationBackup</name>
    <message>
        <source>writing the backup</source>
        <translation>写入备份</translation>
    </message>
    <message>
        <source>Name the backup file.</source>
        <translation>请指定备份文件。</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file.</source>
        <translation>%1 已存在；备份不会覆盖文件。</translation>
    </message>
    <message>
        <source>The backup could not be moved to %1.</source>
        <translation>无法将备份移动到 %1。</translation>
    </message>
</context>
<context>
    <name>station::StationKeyring</name>
    <message>
        <source>The site passphrase must have at least 8 characters.</source>
        <translation>采样点口令至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>This station already has a data key; change the passphrase instead.</source>
        <translation>本工作站已有数据密钥；请改为修改口令。</translation>
    </message>
    <message>
        <source>The cryptography library failed.</source>
        <translation>加密库运行失败。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the data key.</source>
        <translation>内存不足，无法保护数据密钥。</translation>
    </message>
    <message>
        <source>storing the data key</source>
        <translation>保存数据密钥</translation>
    </message>
    <message>
        <source>reading the data key</source>
        <translation>读取数据密钥</translation>
    </message>
    <message>
        <source>The stored data key is damaged.</source>
        <translation>保存的数据密钥已损坏。</translation>
    </message>
    <message>
        <source>Not enough memory to check the passphrase.</source>
        <translation>内存不足，无法校验口令。</translation>
    </message>
    <message>
        <source>The site passphrase is wrong.</source>
        <translation>采样点口令错误。</translation>
    </message>
    <message>
        <source>This station has no data key, so its personal data cannot be opened (a damaged or altered database, or a station set up before encryption). Restore the station folder from a backup, or move it aside and set up the station again (init or the first-run window), then sync.</source>
        <translation>本工作站没有数据密钥，无法打开其中的个人信息（数据库已损坏或被改动，或是启用加密之前设置的工作站）。请从备份恢复工作站文件夹，或将其移走后重新设置工作站（init 命令或首次运行窗口），然后同步。</translation>
    </message>
</context>
<context>
    <name>station::StationStore</name>
    <message>
        <source>The site code must be 1-32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>采样点编码必须为 1–32 位字母、数字、&apos;-&apos; 或 &apos;_&apos;。</translation>
    </message>
    <message>
        <source>The site name is required.</source>
        <translation>必须填写采样点名称。</translation>
    </message>
    <message>
        <source>The district is required.</source>
        <translation>必须填写行政区。</translation>
    </message>
    <message>
        <source>The table number must be between 1 and 99999.</source>
        <translation>采样台号必须在 1 到 99999 之间。</translation>
    </message>
    <message>
        <source>The pool size must be 1, 5, 10 or 20 people a tube.</source>
        <translation>混采数必须为每管 1、5、10 或 20 人。</translation>
    </message>
    <message>
        <source>The staff ID must be 1-32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>工号必须为 1–32 位字母、数字、&apos;-&apos; 或 &apos;_&apos;。</translation>
    </message>
    <message>
        <source>The operator&apos;s name is required.</source>
        <translation>必须填写操作员姓名。</translation>
    </message>
    <message>
        <source>This station is already provisioned; change it in Settings.</source>
        <translation>本工作站已设置；如需更改请在“设置”中修改。</translation>
    </message>
    <message>
        <source>The PIN could not be protected.</source>
        <translation>无法加密保存 PIN。</translation>
    </message>
    <message>
        <source>provisioning the station</source>
        <translation>设置工作站</translation>
    </message>
    <message>
        <source>saving the station settings</source>
        <translation>保存工作站设置</translation>
    </message>
    <message>
        <source>adding the operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>An operator with staff ID %1 already exists.</source>
        <translation>工号为 %1 的操作员已存在。</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>No operator with staff ID %1 at this station.</source>
        <translation>本工作站没有工号为 %1 的操作员。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: %1 is locked for %2 more seconds.</source>
        <translation>PIN 错误次数过多：%1 还将被锁定 %2 秒。</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 is now locked for a while; ask the site lead.</source>
        <translation>PIN 错误。%1 已被暂时锁定；请联系采样点负责人。</translation>
    </message>
    <message>
        <source>The PIN must be 6 to 12 digits.</source>
        <translation>PIN 必须为 6 到 12 位数字。</translation>
    </message>
    <message>
        <source>The PIN is too easy to guess (one digit repeated, or a run such as 123456). Choose another.</source>
        <translation>PIN 太容易被猜到（同一数字重复，或 123456 这样的连续数字）。请换一个。</translation>
    </message>
    <message>
        <source>The personal data key could not be protected.</source>
        <translation>无法保护个人信息密钥。</translation>
    </message>
    <message>
        <source>%1 is disabled at this station; ask the site lead.</source>
        <translation>%1 在本工作站已停用；请联系采样点负责人。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left before you are locked out.</source>
        <translation>
            <numerusform>PIN 错误。再错 %n 次您将被锁定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::StatusBanner</name>
    <message>
        <source>Scan a tube to start.</source>
        <translation>请扫描采样管开始。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <source>✕ REFUSED</source>
        <translation>✕ 已拒绝</translation>
    </message>
    <message>
        <source>! Next step</source>
        <translation>! 请处理下一步</translation>
    </message>
    <message>
        <source>⚠ PENDING RE-CHECK (待复核)</source>
        <translation>⚠ 待复核</translation>
    </message>
    <message>
        <source>✓ Printed</source>
        <translation>✓ 已打印</translation>
    </message>
</context>
<context>
    <name>station::SyncProblemsAlert</name>
    <message numerus="yes">
        <source>%n new sync problem(s) — press F7 to see what to do</source>
        <translation>
            <numerusform>%n 个新的同步问题 — 按 F7 查看处理办法</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::SyncProblemsModel</name>
    <message>
        <source>Conflict: the server holds other content for this record</source>
        <translation>冲突：服务器上该记录的内容不同</translation>
    </message>
    <message>
        <source>Rejected by the server</source>
        <translation>被服务器拒收</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Reason, what to do</source>
        <translation>原因与处理办法</translation>
    </message>
    <message>
        <source>Sample taken</source>
        <translation>已采样</translation>
    </message>
    <message>
        <source>Sample removed</source>
        <translation>样本已删除</translation>
    </message>
    <message>
        <source>Tube opened</source>
        <translation>采样管已开启</translation>
    </message>
    <message>
        <source>Tube sealed</source>
        <translation>采样管已封管</translation>
    </message>
    <message>
        <source>Tube voided</source>
        <translation>采样管已作废</translation>
    </message>
    <message>
        <source>Tube reopened</source>
        <translation>采样管已重新开启</translation>
    </message>
    <message>
        <source>Tube pool size changed</source>
        <translation>采样管混采人数已更改</translation>
    </message>
    <message>
        <source>Box opened</source>
        <translation>转运箱已开启</translation>
    </message>
    <message>
        <source>Tube put into box</source>
        <translation>采样管已装箱</translation>
    </message>
    <message>
        <source>Box sealed</source>
        <translation>转运箱已封箱</translation>
    </message>
    <message>
        <source>Box handed over</source>
        <translation>转运箱已交接</translation>
    </message>
    <message>
        <source>ID number shown</source>
        <translation>已查看完整证件号码</translation>
    </message>
    <message>
        <source>Audit log check acknowledged</source>
        <translation>审计日志核对已确认</translation>
    </message>
    <message>
        <source>Staff member changed</source>
        <translation>工作人员信息已更改</translation>
    </message>
</context>
<context>
    <name>station::SyncProblemsView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>No sync problems: the server has taken every record it was sent.</source>
        <translation>没有同步问题：服务器已接收所有发送的记录。</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>同步问题</translation>
    </message>
    <message numerus="yes">
        <source>The site found %n clash(es) with other tables: the records are stored, and each row says what to do. Tell the site lead.</source>
        <translation>
            <numerusform>本采样点发现与其他采样台冲突 %n 处：记录均已保存，每行列出了处理办法。请告诉采样点负责人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not take %n record(s). They stay on this station. A conflict means the server holds other content under the same record id; a rejection says why in the reason column. Tell the province&apos;s sync administrator; do not re-enter these records.</source>
        <translation>
            <numerusform>服务器未接收 %n 条记录，这些记录保留在本工作站。“冲突”表示服务器上同一记录编号下的内容不同；“拒收”的原因见原因一栏。请告知省平台的上传管理员；不要重新录入这些记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan NOT taken: the sync problems window is in front of the table.</source>
        <translation>扫码未被接收：同步问题窗口挡在采样台前面。</translation>
    </message>
    <message>
        <source>Press Esc or F7 (or click here) to go back to the table, then scan again.</source>
        <translation>请按 Esc 或 F7（或点击此处）回到采样台，然后重新扫码。</translation>
    </message>
    <message>
        <source>No server: this station has not joined a site hub nor been enrolled at the province, so nothing is synced and there are no sync problems to show. Its records stay on this station until it joins. To join the site&apos;s hub, the station administrator opens Settings (F10), goes to &quot;Join a site hub&quot; and scans the join code the hub shows.</source>
        <translation>没有服务器：本工作站尚未加入采样点中心，也未在省平台注册，因此没有任何数据同步，也就没有同步问题可显示。在加入之前，记录都保存在本工作站。要加入采样点中心，请由工作站管理员打开“设置”（F10）→“加入采样点中心”，扫描采样点中心显示的加入码。</translation>
    </message>
    <message>
        <source>Press Esc or F7 (or click here) to go back to the table.</source>
        <translation>请按 Esc 或 F7（或点击此处）回到采样台。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>station::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>立即上传</translation>
    </message>
    <message>
        <source>Send the waiting records to the server now</source>
        <translation>立即将待上传的记录发送到服务器</translation>
    </message>
    <message>
        <source>Every record is sent to the server exactly once; records stay on this station until the server has acknowledged them.</source>
        <translation>每条记录只向服务器发送一次；在服务器确认之前，记录一直保留在本工作站。</translation>
    </message>
</context>
<context>
    <name>station::TableDialogs</name>
    <message>
        <source>Yes, re-test</source>
        <translation>是，复采</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>station::TableLabel</name>
    <message>
        <source>Table %1</source>
        <translation>%1号台</translation>
    </message>
    <message>
        <source>the site hub</source>
        <translation>采样点中心</translation>
    </message>
</context>
<context>
    <name>station::TableNumberChange</name>
    <message>
        <source>The station is not set up yet.</source>
        <translation>工作站尚未设置。</translation>
    </message>
    <message>
        <source>A table number is a whole number from 1 to 99999.</source>
        <translation>采样台号是 1 到 99999 之间的整数。</translation>
    </message>
    <message>
        <source>This station has joined a server as table %1, which knows it by that number: it cannot change now. For another number, the site lead revokes this station at the hub and it joins again.</source>
        <translation>本工作站已作为 %1 号台加入服务器，服务器按这个台号识别它：现在不能再改。要换台号，需由采样点负责人在采样点中心注销本工作站后重新加入。</translation>
    </message>
</context>
<context>
    <name>station::TablePrinting</name>
    <message>
        <source>the label of tube %1</source>
        <translation>采样管 %1 的标签</translation>
    </message>
    <message>
        <source>the label of box %1</source>
        <translation>转运箱 %1 的标签</translation>
    </message>
    <message>
        <source>the manifest of box %1</source>
        <translation>转运箱 %1 的交接单</translation>
    </message>
    <message>
        <source>Tube %1 was voided: no label is printed for it.</source>
        <translation>采样管 %1 已作废：不为它打印标签。</translation>
    </message>
    <message>
        <source>Box %1 is still being packed: seal it (scan its code again) before its manifest is printed.</source>
        <translation>转运箱 %1 仍在装箱中：请先封箱（再次扫描箱码），再打印交接单。</translation>
    </message>
    <message>
        <source>No printer is set up, so %1 was not printed. Set the printer in Settings (F10).</source>
        <translation>尚未设置打印机，%1未打印。请在设置（F10）中设置打印机。</translation>
    </message>
    <message>
        <source>Already printed: %1. Say why it is printed again.</source>
        <translation>已打印过：%1。请说明补打原因。</translation>
    </message>
    <message>
        <source>sent again before the first print finished</source>
        <translation>首次打印完成前再次发送</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>已打印%1。</translation>
    </message>
    <message>
        <source>%1 was printed but not recorded: %2</source>
        <translation>%1已打印，但未能记录：%2</translation>
    </message>
    <message>
        <source>another table</source>
        <translation>另一个采样台</translation>
    </message>
</context>
<context>
    <name>station::TableWorkflow</name>
    <message>
        <source>Already sampled today</source>
        <translation>今日已采样</translation>
    </message>
    <message>
        <source>Sign in first: nothing is recorded while the station is locked.</source>
        <translation>请先登录：工作站锁定时不记录任何内容。</translation>
    </message>
    <message>
        <source>Tube %1 now takes %2 people.</source>
        <translation>采样管 %1 现为每管 %2 人。</translation>
    </message>
    <message>
        <source>There is nobody to undo: the open tube is empty.</source>
        <translation>没有可撤销的人：当前采样管是空的。</translation>
    </message>
    <message>
        <source>Undo last person</source>
        <translation>撤销上一人</translation>
    </message>
    <message>
        <source>Why is %1 (position %2) taken out of tube %3?</source>
        <translation>为什么将 %1（第 %2 位）从采样管 %3 中撤出？</translation>
    </message>
    <message>
        <source>Nothing was undone.</source>
        <translation>没有撤销任何内容。</translation>
    </message>
    <message>
        <source>%1 was taken out of tube %2. Sample this person again if needed.</source>
        <translation>%1 已从采样管 %2 中撤出。如有需要，请为其重新采样。</translation>
    </message>
    <message>
        <source>Select a person in the open tube first (Up/Down), then press Del.</source>
        <translation>请先在当前采样管中选择一人（上/下方向键），再按 Del 键。</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>移除人员</translation>
    </message>
    <message>
        <source>Why is %1 (position %2) removed from tube %3?</source>
        <translation>为什么将 %1（第 %2 位）从采样管 %3 中移除？</translation>
    </message>
    <message>
        <source>Nobody was removed.</source>
        <translation>没有移除任何人。</translation>
    </message>
    <message>
        <source>%1 was removed from tube %2.</source>
        <translation>%1 已从采样管 %2 中移除。</translation>
    </message>
    <message>
        <source>There is no open tube to seal.</source>
        <translation>没有可封管的采样管。</translation>
    </message>
    <message>
        <source>Seal tube early</source>
        <translation>提前封管</translation>
    </message>
    <message>
        <source>Tube %1 has %2 of %3 people. Why is it sealed now?</source>
        <translation>采样管 %1 已有 %2/%3 人。为什么现在封管？</translation>
    </message>
    <message>
        <source>Tube %1 stays open.</source>
        <translation>采样管 %1 保持开启。</translation>
    </message>
    <message numerus="yes">
        <source>Tube %1 sealed with %n people. Scan the next tube.</source>
        <translation>
            <numerusform>采样管 %1 已封管，共 %n 人。请扫描下一支采样管。</numerusform>
        </translation>
    </message>
    <message>
        <source>Void tube</source>
        <translation>作废采样管</translation>
    </message>
    <message>
        <source>Code of the sealed tube to void:</source>
        <translation>要作废的已封采样管的采样管码：</translation>
    </message>
    <message>
        <source>No tube was voided.</source>
        <translation>没有作废任何采样管。</translation>
    </message>
    <message>
        <source>Why is tube %1 voided? Its people must be sampled again.</source>
        <translation>为什么作废采样管 %1？管内人员都必须重新采样。</translation>
    </message>
    <message numerus="yes">
        <source>Tube %1 voided. %n people must be sampled again.</source>
        <translation>
            <numerusform>采样管 %1 已作废。%n 人必须重新采样。</numerusform>
        </translation>
    </message>
    <message>
        <source>Box %1 is still being packed: scan its code again to seal it, then hand it over.</source>
        <translation>转运箱 %1 仍在装箱中：请再次扫描箱码封箱，然后再交接。</translation>
    </message>
    <message>
        <source>No sealed box waits for hand-over at this table. Scan a box code, pack the tubes and scan the box code again to seal it.</source>
        <translation>本采样台没有待交接的已封转运箱。请扫描箱码，装入采样管，再次扫描箱码封箱。</translation>
    </message>
    <message>
        <source>No printer is set up, so %1 was not printed. Set the printer in Settings (F10).</source>
        <translation>尚未设置打印机，%1未打印。请在设置（F10）中设置打印机。</translation>
    </message>
    <message>
        <source>Printing %1 again on %2.</source>
        <translation>正在重新打印%1（%2）。</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>%1 was printed before. Why is it printed again?</source>
        <translation>%1 已打印过。为什么要重新打印？</translation>
    </message>
    <message>
        <source>Not printed again: %1.</source>
        <translation>未补打：%1。</translation>
    </message>
    <message>
        <source>Printing %1 on %2.</source>
        <translation>正在打印%1（%2）。</translation>
    </message>
    <message>
        <source>There is no tube to print a label for. Scan or open a tube first.</source>
        <translation>没有可打印标签的采样管。请先扫描采样管。</translation>
    </message>
    <message>
        <source>No box is on screen. Scan a box code to open a box, then print its label.</source>
        <translation>屏幕上没有转运箱。请先扫描箱码开始装箱，再打印箱标签。</translation>
    </message>
    <message>
        <source>Box %1 is still being packed: scan its code again to seal it; its manifest prints then.</source>
        <translation>转运箱 %1 仍在装箱中：再次扫描箱码封箱，交接单会随之打印。</translation>
    </message>
    <message>
        <source>No sealed box waits at this table, so there is no manifest to print.</source>
        <translation>本台没有等待交接的已封箱转运箱，没有可打印的交接单。</translation>
    </message>
    <message>
        <source>No print waits to be retried.</source>
        <translation>没有等待重新打印的任务。</translation>
    </message>
    <message numerus="yes">
        <source>Printing again: %n print(s) sent to %1.</source>
        <translation>
            <numerusform>重新打印：已向 %1 发送 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>No tube was opened and no label printed: %1</source>
        <translation>未开管，也未打印标签：%1</translation>
    </message>
    <message>
        <source>Tube %1 is open, but its label could not be printed: %2</source>
        <translation>采样管 %1 已开启，但其标签无法打印：%2</translation>
    </message>
    <message>
        <source>Tube %1 is open for %2 people. Its label is being printed: stick it on the new tube, then scan the residents.</source>
        <translation>采样管 %1 已开管，混采 %2 人。标签正在打印：请贴在新采样管上，然后扫描居民。</translation>
    </message>
    <message>
        <source>Tube %1 is open for %2 people, but no printer is set up, so its label was not printed. Set the printer in Settings (F10), or write the code on the tube.</source>
        <translation>采样管 %1 已开管，混采 %2 人，但未设置打印机，标签没有打印。请在设置（F10）中设置打印机，或把采样管码写在采样管上。</translation>
    </message>
    <message>
        <source>Scan again with the scanner set up for Chinese: this resident code arrived without its Chinese characters, so nothing was recorded. A scanner that types like a keyboard cannot send Chinese; set it to HID-POS or serial mode (see the user guide, &quot;Scanners and camera&quot;).</source>
        <translation>请用设置为可发送中文的扫码枪重新扫码：这个居民码到达时缺少了其中的中文字符，因此没有记录任何内容。模拟键盘输入的扫码枪无法发送中文；请将它设置为 HID-POS 或串口模式（见使用说明“扫码枪与摄像头”）。</translation>
    </message>
    <message>
        <source>Tube code %1 read for the question.</source>
        <translation>已为当前提问读取采样管码 %1。</translation>
    </message>
    <message>
        <source>Scan again: the code did not arrive whole (the station was busy), so nothing was recorded.</source>
        <translation>请重新扫码：这次扫码没有完整到达（工作站正忙），因此没有记录任何内容。</translation>
    </message>
    <message>
        <source>%1 was already sampled today at %2 at %3 (tube %4). Sample again as a re-test?</source>
        <translation>%1 今天已于 %3 在%2采样（采样管 %4）。是否作为复采再次采样？</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>阳性</translation>
    </message>
    <message>
        <source>PENDING RE-CHECK (待复核)</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>%1 was in tube %2 (%3), which was %4: %1 must be sampled ALONE.</source>
        <translation>%1 曾在采样管 %2（%3）中，该管结果为%4：%1 必须单管单采。</translation>
    </message>
    <message>
        <source>%1 Do NOT put this swab in the pooled tube %2 (%3 / %4 people): it stays open for the next people. Take a NEW tube and scan its code:</source>
        <translation>%1不要把这支拭子放入混采管 %2（%3 / %4 人）：该管保持开启，供后面的人使用。请取一支新采样管并扫描其编码：</translation>
    </message>
    <message>
        <source>%1 Take a NEW tube and scan its code:</source>
        <translation>%1请取一支新采样管并扫描其编码：</translation>
    </message>
    <message>
        <source>box %1 at %2</source>
        <translation>%2的转运箱 %1</translation>
    </message>
    <message>
        <source>%1 was already sampled again ALONE for the re-check (待复核) at %2 into tube %3. Do not take another single tube. Sample again as a re-test in the pooled tube?</source>
        <translation>%1 已于 %2 为复核（待复核）单管单采，样本在采样管 %3 中。不要再取新的单采管。是否作为复采再次采样，放入混采管？</translation>
    </message>
    <message>
        <source>%1 was already sampled again ALONE for the re-check (待复核) at %2 at %3 into tube %4. Do not take another single tube. Sample again as a re-test in the pooled tube?</source>
        <translation>%1 已于 %3 在%2为复核（待复核）单管单采，样本在采样管 %4 中。不要再取新的单采管。是否作为复采再次采样，放入混采管？</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) handed over to %1: %2, with %3 and %4 in all.</source>
        <translation>
            <numerusform>已将 %n 个转运箱交给 %1：%2，共 %3、%4。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n tube(s)</source>
        <translation>
            <numerusform>%n 支采样管</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Box %1 of %2 handed over to %3 with %n tube(s) (%4).</source>
        <translation>
            <numerusform>%2的转运箱 %1 已交给 %3，共 %n 管（%4）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Box %1 handed over to %2 with %n tube(s) (%3).</source>
        <translation>
            <numerusform>转运箱 %1 已交给 %2，共 %n 管（%3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The wrong person was scanned</source>
        <translation>扫错了人</translation>
    </message>
    <message>
        <source>The person was scanned twice</source>
        <translation>同一人重复扫码</translation>
    </message>
    <message>
        <source>The person left before the swab</source>
        <translation>未采样即离开</translation>
    </message>
    <message>
        <source>The swab could not be taken</source>
        <translation>无法完成采样</translation>
    </message>
    <message>
        <source>The shift is ending</source>
        <translation>班次结束</translation>
    </message>
    <message>
        <source>Nobody else is waiting</source>
        <translation>已无人排队</translation>
    </message>
    <message>
        <source>The courier is leaving now</source>
        <translation>转运员即将出发</translation>
    </message>
    <message>
        <source>The table is closing for a break</source>
        <translation>采样台暂停休息</translation>
    </message>
    <message>
        <source>The tube was dropped or spilled</source>
        <translation>采样管掉落或洒漏</translation>
    </message>
    <message>
        <source>The tube is contaminated</source>
        <translation>采样管被污染</translation>
    </message>
    <message>
        <source>The tube is leaking or cracked</source>
        <translation>采样管渗漏或破裂</translation>
    </message>
    <message>
        <source>The label is wrong or unreadable</source>
        <translation>标签错误或无法识别</translation>
    </message>
    <message>
        <source>The swabs went into the wrong tube</source>
        <translation>拭子放错了采样管</translation>
    </message>
    <message>
        <source>The next tube opens by itself and its label is printed.</source>
        <translation>下一支采样管将自动开管并打印标签。</translation>
    </message>
    <message>
        <source>Scan a new tube code to open the next tube.</source>
        <translation>请扫描新的采样管码，开始下一支采样管。</translation>
    </message>
    <message>
        <source>PENDING RE-CHECK (待复核): %1 was in tube %2 (%3), which was %4. Not recorded yet: %1 must be sampled ALONE in a new tube; scan its code.</source>
        <translation>待复核：%1 曾在采样管 %2（%3）中，该管结果为%4。尚未记录：%1 必须用新采样管单管单采，请扫描新采样管的编码。</translation>
    </message>
    <message>
        <source>Its code was also used at another table</source>
        <translation>其编码在另一个采样台也用过</translation>
    </message>
    <message>
        <source>Its code was also used at %1</source>
        <translation>其编码在%1也用过</translation>
    </message>
    <message>
        <source>Tube %1 has %2 of %3 people, and its code was also used at %4: nobody more goes into it. Why is it sealed now?</source>
        <translation>采样管 %1 已有 %2/%3 人，且其编码在%4也用过：不能再往里加人。为什么现在封管？</translation>
    </message>
    <message>
        <source>another table</source>
        <translation>另一个采样台</translation>
    </message>
    <message numerus="yes">
        <source>Tube %1 sealed with %n people. Mark it for the site lead (its code was also used at %2) and keep it apart; then scan a new tube.</source>
        <translation>
            <numerusform>采样管 %1 已封管，共 %n 人。请做好标记交给采样点负责人（其编码在%2也用过）并单独存放；然后扫描一支新采样管。</numerusform>
        </translation>
    </message>
    <message>
        <source>Why is tube %1 voided? It holds no one.</source>
        <translation>为什么作废采样管 %1？管内没有人。</translation>
    </message>
    <message>
        <source>Tube %1 voided; it was empty, so no one needs sampling again.</source>
        <translation>采样管 %1 已作废；管内没有人，无需任何人重新采样。</translation>
    </message>
</context>
<context>
    <name>station::TimeText</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>station::TodaysListDialog</name>
    <message>
        <source>Today&apos;s samples</source>
        <translation>今日样本</translation>
    </message>
    <message>
        <source>Search: tube code or last digits of the ID number</source>
        <translation>搜索：采样管码或证件号码末几位</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) shown</source>
        <translation>
            <numerusform>显示 %n 份样本</numerusform>
        </translation>
    </message>
    <message>
        <source>Show full ID number…</source>
        <translation>显示完整证件号…</translation>
    </message>
    <message>
        <source>Ctrl+I: the selected person&apos;s full ID number, with your PIN and a reason (recorded)</source>
        <translation>Ctrl+I：查看所选人员的完整证件号码，需输入 PIN 和原因（会被记录）</translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>请先在清单中选中一人。</translation>
    </message>
    <message>
        <source>Who saw full IDs…</source>
        <translation>完整证件号码查看记录…</translation>
    </message>
    <message>
        <source>Ctrl+H: who saw which full ID numbers in the last 7 days</source>
        <translation>Ctrl+H：最近 7 天谁查看了哪些完整证件号码</translation>
    </message>
</context>
<context>
    <name>station::TodaysSamplesModel</name>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Voided: sample again</source>
        <translation>已作废：需重新采样</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Tube</source>
        <translation>采样管</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (re-test)</source>
        <translation>%1（复采）</translation>
    </message>
</context>
<context>
    <name>station::TubeMembersModel</name>
    <message>
        <source>Scanned</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>%1 (re-test)</source>
        <translation>%1（复采）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>录入方式</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>station::cli::BoxCommand</name>
    <message>
        <source>being packed</source>
        <translation>正在装箱</translation>
    </message>
    <message>
        <source>sealed, waiting for the courier</source>
        <translation>已封箱，等待转运</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <source>handed over at %1</source>
        <translation>已于 %1 交接</translation>
    </message>
    <message>
        <source>handed over at %1 (%2)</source>
        <translation>已在%1交接（%2）</translation>
    </message>
    <message>
        <source>%1  %2  %3 tubes  %4 people  sealed %5</source>
        <translation>%1  %2  %3 管  %4 人  封箱于 %5</translation>
    </message>
    <message>
        <source>this table</source>
        <translation>本台</translation>
    </message>
    <message>
        <source>No sealed box waits for the courier at this site.</source>
        <translation>本采样点没有等待转运的已封箱。</translation>
    </message>
    <message>
        <source>Box %1: %2.</source>
        <translation>转运箱 %1：%2。</translation>
    </message>
    <message>
        <source>Packed at %1.</source>
        <translation>装箱于%1。</translation>
    </message>
    <message>
        <source>%1 tubes, %2 people.</source>
        <translation>%1 管，%2 人。</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Who carries the box to the laboratory (hand-over).</source>
        <translation>将转运箱送往实验室的人（hand-over）。</translation>
    </message>
    <message>
        <source>Who hands the box over (default: the operator&apos;s name).</source>
        <translation>交出转运箱的人（默认：操作员姓名）。</translation>
    </message>
    <message>
        <source>Temperature in transit in degrees Celsius (required once the first swab is 2 hours old).</source>
        <translation>转运途中温度，摄氏度（首个采样超过 2 小时后必填）。</translation>
    </message>
    <message>
        <source>Staff id of the operator who hands the box over.</source>
        <translation>交接转运箱的操作员工号。</translation>
    </message>
    <message>
        <source>Say what to do: box list, box show CODE or box hand-over CODE.</source>
        <translation>请说明要做什么：box list、box show 编码 或 box hand-over 编码。</translation>
    </message>
    <message>
        <source>Name the box code.</source>
        <translation>请给出转运箱编码。</translation>
    </message>
    <message>
        <source>The temperature &quot;%1&quot; is not a number of degrees Celsius.</source>
        <translation>温度“%1”不是摄氏度数值。</translation>
    </message>
    <message>
        <source>The station is not provisioned. Run sampling-station-cli init first.</source>
        <translation>工作站尚未初始化。请先运行 sampling-station-cli init。</translation>
    </message>
    <message>
        <source>The box code (show; hand-over takes one or more, for one courier).</source>
        <translation>转运箱编码（show；hand-over 可给出一个或多个，交给同一转运员）。</translation>
    </message>
    <message>
        <source>box list | box show CODE | box hand-over CODE... --carried-by NAME: the boxes of the site waiting for the courier (this table&apos;s and other tables&apos;), one box, or hand one or more over here.</source>
        <translation>box list | box show 编码 | box hand-over 编码... --carried-by 姓名：本采样点等待转运的转运箱（本台及其他采样台的）、查看一个转运箱，或在此交接一个或多个转运箱。</translation>
    </message>
</context>
<context>
    <name>station::cli::ScanCommand</name>
    <message>
        <source>Staff id of the signed-in operator.</source>
        <translation>已登录操作员的工号。</translation>
    </message>
    <message>
        <source>Name the operator with --operator STAFF_ID: every sample records who took it.</source>
        <translation>请用 --operator 工号 指定操作员：每份样本都记录采样人。</translation>
    </message>
    <message>
        <source>The station is not provisioned. Run sampling-station-cli init first.</source>
        <translation>工作站尚未初始化。请先运行 sampling-station-cli init。</translation>
    </message>
    <message>
        <source>The printer in the settings cannot be used: %1</source>
        <translation>设置中的打印机无法使用：%1</translation>
    </message>
    <message>
        <source>%1 Hand it over with: sampling-station-cli box hand-over %2 --carried-by NAME</source>
        <translation>%1交接命令：sampling-station-cli box hand-over %2 --carried-by 转运员姓名</translation>
    </message>
    <message>
        <source>This line does not answer the question, so the question was not answered and nothing was recorded for it; the line is taken as the next scan.</source>
        <translation>这一行不是对问题的回答，因此该问题未作答，也没有为它记录任何内容；这一行按下一次扫码处理。</translation>
    </message>
    <message>
        <source>Read scanned texts from standard input, one a line, through the table&apos;s workflow (the same as the window), and print one JSON line per outcome. A question (a re-test, a reason, a tube code) is printed as a JSON line too; the next input line answers it (yes or no to a re-test). A line that is no answer, such as the next resident&apos;s code, leaves the question unanswered and is scanned next.</source>
        <translation>从标准输入逐行读取扫码内容，经采样台的工作流程（与窗口相同）处理，每个结果输出一行 JSON。问题（复采、原因、采样管码）也以一行 JSON 输出，下一行输入即为回答（复采回答 yes 或 no）。不是回答的一行（例如下一位居民的码）会使该问题不作答，并按下一次扫码处理。</translation>
    </message>
    <message>
        <source>Seal it with: sampling-station-cli tube seal --reason %1</source>
        <translation>封管命令：sampling-station-cli tube seal --reason %1</translation>
    </message>
</context>
<context>
    <name>station::cli::SignedCodesCommand</name>
    <message>
        <source>announced by the server on %1 UTC</source>
        <translation>服务器于 %1 UTC 发布</translation>
    </message>
    <message>
        <source>received at enrollment on %1 UTC</source>
        <translation>注册时于 %1 UTC 收到</translation>
    </message>
    <message>
        <source>Province resident-code key: none (the province gave none at enrollment); signatures are not checked.</source>
        <translation>省平台采样码公钥：无（注册时省平台未提供）；不校验签名。</translation>
    </message>
    <message>
        <source>Province resident-code key: damaged in %1; every signed code is refused. Enroll the station again.</source>
        <translation>省平台采样码公钥：%1 中的公钥已损坏；所有带签名的采样码都会被拒绝。请重新注册本机。</translation>
    </message>
    <message>
        <source>Province resident-code key: %1 (%2).</source>
        <translation>省平台采样码公钥：%1（%2）。</translation>
    </message>
    <message>
        <source>the site&apos;s choice</source>
        <translation>采样点的选择</translation>
    </message>
    <message>
        <source>default while the station has no province key</source>
        <translation>本机没有省平台公钥时的默认设置</translation>
    </message>
    <message>
        <source>default once the province gives a key</source>
        <translation>省平台提供公钥后的默认设置</translation>
    </message>
    <message>
        <source>Unsigned resident codes: accepted (%1).</source>
        <translation>无签名的采样码：接受（%1）。</translation>
    </message>
    <message>
        <source>Unsigned resident codes: refused (%1).</source>
        <translation>无签名的采样码：拒绝（%1）。</translation>
    </message>
    <message>
        <source>Every resident code is refused until the station has the province&apos;s key: enroll it again, or accept unsigned codes.</source>
        <translation>在本机取得省平台公钥之前，所有采样码都会被拒绝：请重新注册本机，或选择接受无签名的采样码。</translation>
    </message>
    <message>
        <source>Whether resident codes without a signature are taken: yes, no, or default (no once the province gives a key, yes while it gives none).</source>
        <translation>是否接受无签名的采样码：yes（接受）、no（拒绝）或 default（默认：省平台提供公钥后拒绝，未提供时接受）。</translation>
    </message>
    <message>
        <source>Show the province&apos;s resident-code key (its fingerprint) and whether unsigned resident codes are accepted; change that choice.</source>
        <translation>显示省平台采样码公钥（指纹）以及是否接受无签名的采样码；可更改此选项。</translation>
    </message>
    <message>
        <source>--accept-unsigned takes yes, no or default.</source>
        <translation>--accept-unsigned 的取值为 yes、no 或 default。</translation>
    </message>
    <message>
        <source>The choice could not be saved to %1.</source>
        <translation>无法将此选项保存到 %1。</translation>
    </message>
</context>
<context>
    <name>station::cli::TubeCommand</name>
    <message>
        <source>Staff id of the operator who closes the tube.</source>
        <translation>处理该采样管的操作员工号。</translation>
    </message>
    <message>
        <source>tube seal|void --reason TEXT: seal the open tube early, or void it (its people must be sampled again), e.g. after a crash left it open.</source>
        <translation>tube seal|void --reason 原因：提前封闭未封的采样管，或将其作废（管内人员须重新采样），例如程序崩溃后遗留的采样管。</translation>
    </message>
    <message>
        <source>Say what to do with the open tube: tube seal or tube void.</source>
        <translation>请说明如何处理未封的采样管：tube seal 或 tube void。</translation>
    </message>
    <message>
        <source>No tube is open at this station; nothing to do.</source>
        <translation>本工作站没有未封的采样管，无需处理。</translation>
    </message>
    <message>
        <source>Usual reasons to seal early (--reason NUMBER or TEXT):</source>
        <translation>提前封管的常用原因（--reason 编号或文字）：</translation>
    </message>
    <message>
        <source>Usual reasons to void (--reason NUMBER or TEXT):</source>
        <translation>作废的常用原因（--reason 编号或文字）：</translation>
    </message>
    <message>
        <source>Why the tube is sealed or voided (recorded in the audit log): the number of a usual reason, or a reason of your own.</source>
        <translation>封管或作废的原因（记入审计日志）：常用原因的编号，或自己填写的原因。</translation>
    </message>
    <message>
        <source>Give the reason with --reason: it is recorded with the tube. The number of a usual reason, or a reason of your own:</source>
        <translation>请用 --reason 给出原因，它将随采样管记录。可填常用原因的编号，或自己填写的原因：</translation>
    </message>
    <message>
        <source>--reason %1 is none of the usual reasons&apos; numbers. Give one of these numbers, or a reason of your own:</source>
        <translation>--reason %1 不是常用原因的编号。请填写以下编号之一，或自己填写的原因：</translation>
    </message>
</context>
<context>
    <name>station::dashboard::BoxAgeModel</name>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>转运箱</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tubes</source>
        <translation>管数</translation>
    </message>
    <message>
        <source>Since first swab</source>
        <translation>距首份采样</translation>
    </message>
    <message>
        <source>4-hour limit at</source>
        <translation>4 小时时限</translation>
    </message>
</context>
<context>
    <name>station::dashboard::DashboardWindow</name>
    <message>
        <source>Swabs today</source>
        <translation>今日采样数</translation>
    </message>
    <message>
        <source>Current rate</source>
        <translation>当前速度</translation>
    </message>
    <message>
        <source>Seconds per sample</source>
        <translation>每份采样秒数</translation>
    </message>
    <message>
        <source>Tubes waiting for the courier</source>
        <translation>待转运的采样管</translation>
    </message>
    <message>
        <source>Records not yet at the province</source>
        <translation>尚未上传到省平台的记录</translation>
    </message>
    <message>
        <source>Swabs per table</source>
        <translation>各采样台采样数</translation>
    </message>
    <message>
        <source>Swabs per operator</source>
        <translation>各操作员采样数</translation>
    </message>
    <message>
        <source>Tubes by state</source>
        <translation>采样管状态分布</translation>
    </message>
    <message>
        <source>Box age, minutes since first swab (limit 240)</source>
        <translation>转运箱时长：距首份采样的分钟数（上限 240）</translation>
    </message>
    <message>
        <source>Save shift report…</source>
        <translation>保存班次报告…</translation>
    </message>
    <message>
        <source>Site dashboard</source>
        <translation>采样点看板</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Boxes waiting (4-hour limit from the first swab)</source>
        <translation>待转运的转运箱（自首份采样起 4 小时时限）</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>采样台</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>班次报告</translation>
    </message>
    <message>
        <source>Save shift report</source>
        <translation>保存班次报告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;CSV table (*.csv)</source>
        <translation>PDF 文档 (*.pdf);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>NOT CURRENT — figures as of %1</source>
        <translation>非最新 — 数据截至 %1</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>The dashboard could not be refreshed: %1</source>
        <translation>采样点看板无法刷新：%1</translation>
    </message>
    <message>
        <source>Site dashboard — %1 (%2)</source>
        <translation>采样点看板 — %1（%2）</translation>
    </message>
    <message>
        <source>people per hour, last %1 min</source>
        <translation>每小时人数，最近 %1 分钟</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>average over the last hour, breaks over 10 min left out</source>
        <translation>最近一小时平均，不计超过 10 分钟的间歇</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no swabs in the last hour</source>
        <translation>最近一小时无采样</translation>
    </message>
    <message>
        <source>sealed %1 · boxed %2 · open %3 · handed over today %4</source>
        <translation>已封管 %1 · 已装箱 %2 · 使用中 %3 · 今日已交接 %4</translation>
    </message>
    <message>
        <source>everything has reached the province</source>
        <translation>所有记录均已到达省平台</translation>
    </message>
    <message>
        <source>oldest from %1; %2 waiting over 2 h</source>
        <translation>最早的来自 %1；%2 条已等待超过 2 小时</translation>
    </message>
    <message>
        <source>In a box</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>已封管</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <source>Tables of the site</source>
        <translation>本点各采样台</translation>
    </message>
    <message>
        <source>the site hub</source>
        <translation>采样点中心</translation>
    </message>
    <message>
        <source>the site&apos;s sync server</source>
        <translation>本点的同步服务器</translation>
    </message>
    <message>
        <source>the province server</source>
        <translation>省平台服务器</translation>
    </message>
    <message>
        <source>Tables of the site from %1 (as of %2); the other figures are this table&apos;s.</source>
        <translation>本点各采样台数据来自%1（截至 %2）；其他数据为本台数据。</translation>
    </message>
    <message>
        <source>The site&apos;s tables are as of %1 (%2); the other figures are this table&apos;s, live.</source>
        <translation>本点各采样台数据截至 %1（%2）；其他数据为本台实时数据。</translation>
    </message>
    <message>
        <source>This station only (table %1). The other tables of the site appear when the station reaches its site hub or the province server.</source>
        <translation>仅本工作站（%1号台）。工作站连上采样点中心或省平台服务器后将显示本点其他采样台。</translation>
    </message>
    <message>
        <source>Figures from %1, as of %2 (%3).</source>
        <translation>数据来自%1，截至 %2（%3）。</translation>
    </message>
    <message>
        <source>Asking %1 for the site&apos;s tables…</source>
        <translation>正在向%1查询本点各采样台…</translation>
    </message>
    <message>
        <source>There is no site hub: each table sends straight to the province.</source>
        <translation>本点没有采样点中心：各采样台直接上传到省平台。</translation>
    </message>
    <message>
        <source>This province server gives swabs per table only: no tubes, boxes or backlogs.</source>
        <translation>此省平台服务器只提供各采样台的采样数：没有采样管、转运箱和积压数据。</translation>
    </message>
    <message>
        <source>The hub is not connected to the province now; nothing is waiting.</source>
        <translation>采样点中心目前未连接省平台；没有待上传的记录。</translation>
    </message>
    <message>
        <source>The hub has sent everything to the province (last at %1).</source>
        <translation>采样点中心已全部上传到省平台（最近一次在 %1）。</translation>
    </message>
    <message>
        <source>The hub&apos;s backlog to the province: %1 records, oldest from %2 (last sent %3).</source>
        <translation>采样点中心待上传到省平台：%1 条记录，最早的来自 %2（最近一次上传在 %3）。</translation>
    </message>
    <message>
        <source>The hub cannot reach the province: %1 records waiting (last sent %2). Nothing is lost; they go when the link is back.</source>
        <translation>采样点中心连不上省平台：%1 条记录待上传（最近一次上传在 %2）。数据不会丢失，连接恢复后自动上传。</translation>
    </message>
    <message>
        <source>Recalls: people to sample again alone</source>
        <translation>召回：需单管单采复核的人员</translation>
    </message>
    <message>
        <source>No alerts: every table is sampling, and no box or record is waiting too long.</source>
        <translation>暂无警示：各采样台都在采样，没有转运箱或记录等待过久。</translation>
    </message>
    <message>
        <source>Scan NOT taken: the dashboard is in front of the table.</source>
        <translation>扫码未被接收：采样点看板挡在采样台界面前面。</translation>
    </message>
    <message>
        <source>Press Esc or F4 (or click here) to go back to the table, then scan again.</source>
        <translation>请按 Esc 或 F4（或点击此处）回到采样台，然后重新扫码。</translation>
    </message>
    <message>
        <source>%1 here · %2 at the site hub, not yet at the province</source>
        <translation>本台 %1 条 · 采样点中心 %2 条，尚未到达省平台</translation>
    </message>
    <message>
        <source> (the hub&apos;s figure as of %1)</source>
        <translation>（采样点中心截至 %1 的数字）</translation>
    </message>
    <message>
        <source>Contact details…</source>
        <translation>联系方式…</translation>
    </message>
    <message>
        <source>The names and phone numbers of the selected tube&apos;s recalled people sampled at this table, to call them back (site lead; your PIN; recorded and reported to the province).</source>
        <translation>所选采样管中在本台采集的被召回人员的姓名和手机号，用于致电召回（采样点负责人；需您的 PIN；记录并上报省平台）。</translation>
    </message>
    <message>
        <source>Select a recall of this table to call its tube&apos;s people.</source>
        <translation>选择本台的一条召回，以致电其采样管中的人员。</translation>
    </message>
    <message>
        <source>Press Esc or F4 (or click here) to go back to the table.</source>
        <translation>请按 Esc 或 F4（或点击此处）回到采样台。</translation>
    </message>
    <message>
        <source>Tube %1: its recalled people sampled at this table can be called back.</source>
        <translation>采样管 %1：在本台采集的被召回人员可致电召回。</translation>
    </message>
    <message>
        <source>The hub is connected to the province; nothing sent yet, nothing waiting.</source>
        <translation>采样点中心已连接省平台；还没有上传过，也没有待上传的记录。</translation>
    </message>
    <message>
        <source>The hub&apos;s backlog to the province: %1 records, oldest from %2 (nothing sent yet).</source>
        <translation>采样点中心待上传到省平台：%1 条记录，最早的来自 %2（还没有上传过）。</translation>
    </message>
    <message>
        <source>The hub cannot reach the province: %1 records waiting (nothing sent yet). Nothing is lost; they go when the link is back.</source>
        <translation>采样点中心连不上省平台：%1 条记录待上传（还没有上传过）。数据不会丢失，连接恢复后自动上传。</translation>
    </message>
    <message>
        <source>Recalls (pending re-check): people of positive or invalid tubes to sample again alone</source>
        <translation>召回（待复核）：阳性或无效采样管中需单管单采复核的人员</translation>
    </message>
    <message>
        <source>%1 an hour</source>
        <translation>%1 人/小时</translation>
    </message>
    <message>
        <source>%2 Showing the last figures of %1, as of %3 (%4); this table&apos;s own figures are live.</source>
        <translation>%2显示的是%1上一次的数据，截至 %3（%4）；本台数据为实时数据。</translation>
    </message>
    <message>
        <source>%2 This table&apos;s own figures are live; the other tables appear when %1 answers.</source>
        <translation>%2本台数据为实时数据；%1应答后将显示其他采样台。</translation>
    </message>
</context>
<context>
    <name>station::dashboard::ForecastPanel</name>
    <message>
        <source>Queue forecast</source>
        <translation>排队预测</translation>
    </message>
    <message>
        <source>Finish by</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>Still to sample</source>
        <translation>待采样人数</translation>
    </message>
    <message>
        <source>Tables working</source>
        <translation>在岗采样台</translation>
    </message>
    <message>
        <source>Current rate</source>
        <translation>当前速度</translation>
    </message>
    <message>
        <source>Projected finish</source>
        <translation>预计完成时间</translation>
    </message>
    <message>
        <source>Tables needed</source>
        <translation>所需采样台</translation>
    </message>
    <message>
        <source>Assumes the current rate continues and every table, including added ones, works at today&apos;s average rate per table. Include people who must be sampled again.</source>
        <translation>假设当前速度保持不变，且所有采样台（包括新增的）都按今日每台平均速度工作。请把需要重新采样的人也计算在内。</translation>
    </message>
    <message>
        <source>%1 people/hour (last %2 min)</source>
        <translation>%1 人/小时（最近 %2 分钟）</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>no swabs in the last %1 min</source>
        <translation>最近 %1 分钟无采样</translation>
    </message>
    <message>
        <source>%1 (%2 more)</source>
        <translation>%1（还需 %2 台）</translation>
    </message>
    <message>
        <source>%1 (enough)</source>
        <translation>%1（足够）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Planning guideline: %1–%2 tables for %3 people (one table per 600–800 people).</source>
        <translation>规划参考：%3 人需 %1–%2 个采样台（每台 600–800 人）。</translation>
    </message>
</context>
<context>
    <name>station::dashboard::OperatorThroughputModel</name>
    <message>
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Swabs today</source>
        <translation>今日采样数</translation>
    </message>
</context>
<context>
    <name>station::dashboard::RecallListModel</name>
    <message>
        <source>a person of tube %1 at %2</source>
        <translation>%2采样管 %1 中的一人</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>阳性</translation>
    </message>
    <message>
        <source>NOT YET sampled again</source>
        <translation>尚未复采</translation>
    </message>
    <message>
        <source>sampled again alone (%1)</source>
        <translation>已单管复采（%1）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Tube</source>
        <translation>采样管</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>采样台</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sampled again</source>
        <translation>是否已复采</translation>
    </message>
    <message>
        <source>sampled again (%1, tube %2), not yet at the province</source>
        <translation>已复采（%1，采样管 %2），尚未送达省平台</translation>
    </message>
    <message>
        <source>sampled again at %1 (%2, tube %3), not yet at the province</source>
        <translation>已在%1复采（%2，管 %3），尚未送达省平台</translation>
    </message>
    <message>
        <source>Recall closed: nobody to call.</source>
        <translation>召回已关闭：无需致电。</translation>
    </message>
    <message>
        <source>The contact details of tube %1&apos;s people are at %2: open the recall list there.</source>
        <translation>采样管 %1 人员的联系方式在%2：请在那里打开召回清单。</translation>
    </message>
</context>
<context>
    <name>station::dashboard::ShiftReportExporter</name>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
    <message>
        <source>Shift report for %1 saved to %2.</source>
        <translation>%1 的班次报告已保存到 %2。</translation>
    </message>
</context>
<context>
    <name>station::dashboard::SiteTablesFetcher</name>
    <message>
        <source>This station is not enrolled with a hub or the province server.</source>
        <translation>本工作站尚未在采样点中心或省平台服务器注册。</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>无法连接服务器（%1）。</translation>
    </message>
    <message>
        <source>The server answered with error %1.</source>
        <translation>服务器返回错误 %1。</translation>
    </message>
    <message>
        <source>The server answered with error %1: %2</source>
        <translation>服务器返回错误 %1：%2</translation>
    </message>
</context>
<context>
    <name>station::dashboard::SiteTablesModel</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>%1 (this table)</source>
        <translation>%1（本台）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>swabs in the last hour (per 10 minutes)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1, oldest %2</source>
        <translation>%1，最早 %2</translation>
    </message>
    <message numerus="yes">
        <source>■ %1 — %n OVER 4 h</source>
        <translation>
            <numerusform>■ %1 — %n 箱超过 4 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▲ %1 — %n near 4 h</source>
        <translation>
            <numerusform>▲ %1 — %n 箱接近 4 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>live, as of %1</source>
        <translation>实时，截至 %1</translation>
    </message>
    <message>
        <source>NOT HEARD FROM yet</source>
        <translation>尚未联系</translation>
    </message>
    <message>
        <source>NOT HEARD FROM since %1, %2</source>
        <translation>未联系：自 %1 起，%2</translation>
    </message>
    <message>
        <source>as of %1, %2</source>
        <translation>截至 %1，%2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>采样台</translation>
    </message>
    <message>
        <source>Swabs today</source>
        <translation>今日采样数</translation>
    </message>
    <message>
        <source>Last hour (per 10 min)</source>
        <translation>最近一小时（每 10 分钟）</translation>
    </message>
    <message>
        <source>Last swab</source>
        <translation>最后采样</translation>
    </message>
    <message>
        <source>Open tubes</source>
        <translation>使用中的采样管</translation>
    </message>
    <message>
        <source>Boxes waiting</source>
        <translation>待交接转运箱</translation>
    </message>
    <message>
        <source>Not yet sent</source>
        <translation>未上传</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据时间</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — idle %2</source>
        <translation>%1 — 空闲 %2</translation>
    </message>
</context>
<context>
    <name>station::dashboard::TableThroughputModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>采样台</translation>
    </message>
    <message>
        <source>Swabs today</source>
        <translation>今日采样数</translation>
    </message>
    <message>
        <source>s / sample (1 h)</source>
        <translation>秒/份（1 小时）</translation>
    </message>
    <message>
        <source>Last swab</source>
        <translation>最近一次采样</translation>
    </message>
</context>
<context>
    <name>station::dashboard::ThroughputChart</name>
    <message>
        <source>Swabs per 10 minutes today</source>
        <translation>今日每 10 分钟采样数</translation>
    </message>
</context>
<context>
    <name>station::dashboard::ThroughputQueries</name>
    <message>
        <source>counting samples per interval</source>
        <translation>按时段统计样本</translation>
    </message>
    <message>
        <source>counting recent samples</source>
        <translation>统计最近的样本</translation>
    </message>
    <message>
        <source>measuring the time per sample</source>
        <translation>计算每份采样用时</translation>
    </message>
    <message>
        <source>finding the last sample</source>
        <translation>查找最近一份样本</translation>
    </message>
    <message>
        <source>counting samples per operator</source>
        <translation>按操作员统计样本</translation>
    </message>
    <message>
        <source>counting tubes</source>
        <translation>统计采样管</translation>
    </message>
    <message>
        <source>ageing the boxes</source>
        <translation>计算转运箱时长</translation>
    </message>
    <message>
        <source>counting records waiting to be sent</source>
        <translation>统计待发送记录</translation>
    </message>
    <message>
        <source>Table %1 has taken no sample for %2 (last at %3).</source>
        <translation>%1号台已有 %2没有采样（最近一次在 %3）。</translation>
    </message>
    <message>
        <source>Table %1 has taken no sample since the shift began at %2.</source>
        <translation>%1号台自 %2 班次开始以来没有采样。</translation>
    </message>
    <message>
        <source>Box %1 passed the 4-hour limit at %2 (first swab %3 ago). Call the courier and record the temperature.</source>
        <translation>转运箱 %1 已于 %2 超过 4 小时时限（首份采样在 %3 前）。请联系转运员并记录温度。</translation>
    </message>
    <message>
        <source>Box %1 reaches the 4-hour limit at %2 (first swab %3 ago).</source>
        <translation>转运箱 %1 将于 %2 达到 4 小时时限（首份采样在 %3 前）。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) have waited more than 2 hours to reach the province (oldest from %1). Check the network.</source>
        <translation>
            <numerusform>有 %n 条记录等待上传省平台已超过 2 小时（最早的来自 %1）。请检查网络。</numerusform>
        </translation>
    </message>
    <message>
        <source>counting sync problems</source>
        <translation>统计同步问题</translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: %n tube code(s) of this table were also used at another table. Keep those tubes apart and tell the laboratory. See Sync problems (F7).</source>
        <translation>
            <numerusform>同步问题：本台有 %n 个采样管码在另一个采样台也用过。请将这些采样管单独存放并告知实验室。见“同步问题”（F7）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: %n tube(s) packed here were also packed into a box at another table. Open neither box. See Sync problems (F7).</source>
        <translation>
            <numerusform>同步问题：本台装箱的 %n 支采样管在另一个采样台也被装入转运箱。两个箱都不要打开。见“同步问题”（F7）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: %n box(es) were handed over both here and at another table. See Sync problems (F7).</source>
        <translation>
            <numerusform>同步问题：有 %n 个转运箱在本台和另一个采样台都做了交接。见“同步问题”（F7）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: the province refused %n record(s) that the site hub had taken. See Sync problems (F7).</source>
        <translation>
            <numerusform>同步问题：采样点中心已接收的 %n 条记录被省平台拒收。见“同步问题”（F7）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: the server did not take %n record(s) of this table. See Sync problems (F7).</source>
        <translation>
            <numerusform>同步问题：服务器未接收本台的 %n 条记录。见“同步问题”（F7）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: %n person(s) sampled here were also sampled at another table the same day without a confirmed re-test. See Sync problems (F7).</source>
        <translation>
            <numerusform>同步问题：本台采样的 %n 人当天也在另一个采样台采过样，且未确认复采。见“同步问题”（F7）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: %n staff ID(s) are held by two people at the site. See Sync problems (F7).</source>
        <translation>
            <numerusform>同步问题：采样点有 %n 个工号同时属于两个人。见“同步问题”（F7）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync problem: %n site note(s) of kind &quot;%1&quot;. See Sync problems (F7).</source>
        <translation>
            <numerusform>同步问题：%n 条类型为“%1”的采样点提示。见“同步问题”（F7）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::labels::Code128Renderer</name>
    <message>
        <source>A Code 128 barcode holds 1 to %1 characters; this code has %2.</source>
        <translation>Code 128 条码可容纳 1 至 %1 个字符；此码有 %2 个。</translation>
    </message>
    <message>
        <source>The code contains a character a Code 128 label cannot print (U+%1).</source>
        <translation>此码含有 Code 128 标签无法打印的字符（U+%1）。</translation>
    </message>
    <message>
        <source>The barcode writer cannot encode this code.</source>
        <translation>条码生成器无法编码此码。</translation>
    </message>
    <message>
        <source>The barcode needs %1 mm at %2 dpi but the label has %3 mm; use a wider label or a shorter code.</source>
        <translation>在 %2 dpi 下条码需要 %1 毫米，而标签只有 %3 毫米；请使用更宽的标签或更短的码。</translation>
    </message>
</context>
<context>
    <name>station::labels::CupsBackend</name>
    <message>
        <source>CUPS raw queue %1</source>
        <translation>CUPS 原始队列 %1</translation>
    </message>
    <message>
        <source>CUPS printer %1</source>
        <translation>CUPS 打印机 %1</translation>
    </message>
    <message>
        <source>Cannot run %1 to print on %2: %3. Is CUPS installed?</source>
        <translation>无法运行 %1 在 %2 上打印：%3。是否已安装 CUPS？</translation>
    </message>
    <message>
        <source>CUPS did not accept the job for %1 in time; retry.</source>
        <translation>CUPS 未能及时接受 %1 的打印任务；请重试。</translation>
    </message>
    <message>
        <source>CUPS refused the job for %1: %2</source>
        <translation>CUPS 拒绝了 %1 的打印任务：%2</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>已发送到 %1。</translation>
    </message>
</context>
<context>
    <name>station::labels::LabelLayout</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>%1号台</translation>
    </message>
    <message>
        <source>Pool %1</source>
        <translation>混采 %1</translation>
    </message>
    <message>
        <source>The tube label has no tube code.</source>
        <translation>采样管标签没有采样管码。</translation>
    </message>
    <message>
        <source>The box label has no box code.</source>
        <translation>转运箱标签没有箱码。</translation>
    </message>
    <message>
        <source>Transfer box</source>
        <translation>转运箱</translation>
    </message>
</context>
<context>
    <name>station::labels::LabelRenderer</name>
    <message>
        <source>A printer resolution of %1 dpi is not supported.</source>
        <translation>不支持 %1 dpi 的打印机分辨率。</translation>
    </message>
    <message>
        <source>Copies must be between 1 and 999 (not %1).</source>
        <translation>份数必须在 1 到 999 之间（而不是 %1）。</translation>
    </message>
</context>
<context>
    <name>station::labels::ManifestLayout</name>
    <message>
        <source>The manifest has no box code.</source>
        <translation>交接单没有箱码。</translation>
    </message>
    <message>
        <source>Box %1 has no tubes; scan its sealed tubes before printing the manifest.</source>
        <translation>转运箱 %1 中没有采样管；打印交接单前请先扫描已封管的采样管。</translation>
    </message>
    <message>
        <source>The manifest has no page %1.</source>
        <translation>交接单没有第 %1 页。</translation>
    </message>
    <message>
        <source>Sample transfer manifest</source>
        <translation>样本转运交接单</translation>
    </message>
    <message>
        <source>Sampling site: %1</source>
        <translation>采样点：%1</translation>
    </message>
    <message>
        <source>Box %1</source>
        <translation>转运箱 %1</translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — 第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <source>Tubes</source>
        <translation>管数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Box sealed</source>
        <translation>封箱时间</translation>
    </message>
    <message>
        <source>First swab</source>
        <translation>首份采样时间</translation>
    </message>
    <message>
        <source>At the lab by (4 h)</source>
        <translation>送达实验室时限（4 小时）</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Tube code</source>
        <translation>采样管码</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>已封管</translation>
    </message>
    <message>
        <source>Total — tubes: %1</source>
        <translation>合计 — 管数：%1</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Handed over by (site)</source>
        <translation>交接人（采样点）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Carried by (transport)</source>
        <translation>转运人（运输）</translation>
    </message>
    <message>
        <source>Hand-over time</source>
        <translation>交接时间</translation>
    </message>
    <message>
        <source>Received at the lab by</source>
        <translation>实验室接收人</translation>
    </message>
    <message>
        <source>Time received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Box %1 · tubes: %2 · people: %3</source>
        <translation>转运箱 %1 · 管数：%2 · 人数：%3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 — tubes: %2</source>
        <translation>%1 — 管数：%2</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>Temperature in transit (°C, if over 2 h)</source>
        <translation>转运温度（°C，超过 2 小时时填写）</translation>
    </message>
    <message>
        <source>CODE SHARED with %1</source>
        <translation>重码：与%1相同</translation>
    </message>
</context>
<context>
    <name>station::labels::PdfFileBackend</name>
    <message>
        <source>PDF file %1</source>
        <translation>PDF 文件 %1</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法创建 PDF。</translation>
    </message>
    <message>
        <source>The PDF could not add a page.</source>
        <translation>PDF 无法添加新页。</translation>
    </message>
    <message>
        <source>Cannot write the PDF to %1: %2</source>
        <translation>无法将 PDF 写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>station::labels::PngFileBackend</name>
    <message>
        <source>PNG file %1</source>
        <translation>PNG 文件 %1</translation>
    </message>
    <message>
        <source>Cannot write the image to %1: %2</source>
        <translation>无法将图片写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n image(s).</source>
        <translation>
            <numerusform>已保存 %n 张图片。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::labels::PrintQueue</name>
    <message>
        <source>No printer is set up.</source>
        <translation>尚未设置打印机。</translation>
    </message>
</context>
<context>
    <name>station::labels::PrinterRegistry</name>
    <message>
        <source>zpl://HOST[:PORT]</source>
        <translation>zpl://主机[:端口]</translation>
    </message>
    <message>
        <source>a Zebra printer on the network (ZPL, port %1 unless given)</source>
        <translation>网络上的斑马打印机（ZPL，未指定时用端口 %1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a printer address; use zpl://HOST[:PORT].</source>
        <translation>“%1”不是打印机地址；请使用 zpl://主机[:端口]。</translation>
    </message>
    <message>
        <source>zpl-file:PATH</source>
        <translation>zpl-file:路径</translation>
    </message>
    <message>
        <source>ZPL written to a file or a printer&apos;s device node</source>
        <translation>把 ZPL 写入文件或打印机设备节点</translation>
    </message>
    <message>
        <source>cups:QUEUE</source>
        <translation>cups:队列</translation>
    </message>
    <message>
        <source>a PDF of the label through a CUPS queue (lp)</source>
        <translation>标签的 PDF 经 CUPS 队列打印（lp）</translation>
    </message>
    <message>
        <source>cups-raw:QUEUE</source>
        <translation>cups-raw:队列</translation>
    </message>
    <message>
        <source>ZPL through a raw CUPS queue (lp -o raw), for a Zebra behind CUPS</source>
        <translation>ZPL 经 CUPS 原始队列打印（lp -o raw），用于接在 CUPS 上的斑马打印机</translation>
    </message>
    <message>
        <source>pdf:PATH</source>
        <translation>pdf:路径</translation>
    </message>
    <message>
        <source>a PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>png:PATH</source>
        <translation>png:路径</translation>
    </message>
    <message>
        <source>PNG images, one a page</source>
        <translation>PNG 图片，每页一张</translation>
    </message>
    <message>
        <source>Unknown printer &quot;%1&quot;; use %2.</source>
        <translation>未知的打印机“%1”；请使用 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no queue or file.</source>
        <translation>“%1”没有指定队列或文件。</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>station::labels::QrRenderer</name>
    <message>
        <source>There is no code to put in the QR code.</source>
        <translation>没有可放入二维码的内容。</translation>
    </message>
    <message>
        <source>The QR code writer cannot encode this code.</source>
        <translation>二维码生成器无法编码此内容。</translation>
    </message>
    <message>
        <source>The QR code needs %1 mm at %2 dpi but the label has %3 mm.</source>
        <translation>在 %2 dpi 下二维码需要 %1 毫米，而标签只有 %3 毫米。</translation>
    </message>
</context>
<context>
    <name>station::labels::SplitPrinter</name>
    <message>
        <source>%1 (manifests)</source>
        <translation>%1（交接单）</translation>
    </message>
    <message>
        <source>%1 (labels), %2 (manifests)</source>
        <translation>%1（标签），%2（交接单）</translation>
    </message>
    <message>
        <source>No printer is set up for manifests.</source>
        <translation>尚未设置交接单打印机。</translation>
    </message>
    <message>
        <source>No printer is set up for labels.</source>
        <translation>尚未设置标签打印机。</translation>
    </message>
</context>
<context>
    <name>station::labels::ZplEncoder</name>
    <message>
        <source>The manifest is an A4 document; print it on a page printer or to PDF, not on a label printer.</source>
        <translation>交接单是 A4 文档；请用普通打印机打印或输出为 PDF，不要用标签打印机。</translation>
    </message>
    <message>
        <source>The code %1 contains ^ or ~, which a ZPL label cannot carry.</source>
        <translation>编码 %1 含有 ^ 或 ~，ZPL 标签无法包含这些字符。</translation>
    </message>
</context>
<context>
    <name>station::labels::ZplFileBackend</name>
    <message>
        <source>ZPL file %1</source>
        <translation>ZPL 文件 %1</translation>
    </message>
    <message>
        <source>Cannot write the ZPL to %1: %2</source>
        <translation>无法将 ZPL 写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>station::labels::ZplTcpBackend</name>
    <message>
        <source>Zebra printer %1:%2</source>
        <translation>斑马打印机 %1:%2</translation>
    </message>
    <message>
        <source>Printer %1:%2 is unreachable (%3). Check that it is switched on and on the network, then retry.</source>
        <translation>无法连接打印机 %1:%2（%3）。请检查打印机已开机并已联网，然后重试。</translation>
    </message>
    <message>
        <source>Printer %1:%2 stopped accepting the label (%3); retry.</source>
        <translation>打印机 %1:%2 停止接收标签（%3）；请重试。</translation>
    </message>
    <message>
        <source>Sent to printer %1:%2.</source>
        <translation>已发送到打印机 %1:%2。</translation>
    </message>
</context>
<context>
    <name>station::scan::CameraScanner</name>
    <message>
        <source>No camera found. Plug in a USB camera; scanning starts by itself when it appears.</source>
        <translation>未找到摄像头。请插入 USB 摄像头；检测到后会自动开始扫描。</translation>
    </message>
    <message>
        <source>Camera &quot;%1&quot; is scanning.</source>
        <translation>摄像头“%1”正在扫描。</translation>
    </message>
    <message>
        <source>The camera was unplugged. Plug it back in; scanning starts again by itself.</source>
        <translation>摄像头已拔出。请重新插入；扫描会自动恢复。</translation>
    </message>
    <message>
        <source>The camera stopped working (%1). The station keeps trying to reconnect.</source>
        <translation>摄像头停止工作（%1）。工作站会持续尝试重新连接。</translation>
    </message>
</context>
<context>
    <name>station::scan::FrameDecodeWorker</name>
    <message>
        <source>Two different codes are in view. Show one code at a time; none was taken.</source>
        <translation>画面中有两个不同的码。请一次只出示一个码；本次均未接收。</translation>
    </message>
</context>
<context>
    <name>station::scan::HidPosReportParser</name>
    <message>
        <source>Part of the last HID-POS scan was lost, so nothing was taken from it. Scan again.</source>
        <translation>上一次 HID-POS 扫码的部分数据丢失，未采用任何内容。请重新扫码。</translation>
    </message>
    <message>
        <source>The HID-POS scanner sent text that is not UTF-8 (it may be set to GBK), so nothing was taken from this scan. Set the scanner to send UTF-8 and scan again.</source>
        <translation>HID-POS 扫码枪发送的文字不是 UTF-8（可能设成了 GBK），本次扫码未采用任何内容。请把扫码枪设为 UTF-8 输出后重新扫码。</translation>
    </message>
    <message>
        <source>The HID-POS scanner sent a damaged report, so nothing was taken from this scan. Scan again.</source>
        <translation>HID-POS 扫码枪发送的数据包已损坏，本次扫码未采用任何内容。请重新扫码。</translation>
    </message>
    <message numerus="yes">
        <source>The HID-POS scan was longer than %n byte(s), which no resident, tube or box code is, so nothing was taken from it. Scan again.</source>
        <translation>
            <numerusform>HID-POS 扫码超过 %n 字节，不可能是居民码、采样管码或箱码，未采用任何内容。请重新扫码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::scan::HidPosScanner</name>
    <message>
        <source>The HID-POS scanner setting “%1” is neither “auto” nor a USB VID:PID. Correct it in the settings.</source>
        <translation>HID-POS 扫码枪设置“%1”既不是“auto”也不是 USB VID:PID。请在设置中改正。</translation>
    </message>
    <message>
        <source>HID-POS scanner connected: %1.</source>
        <translation>HID-POS 扫码枪已连接：%1。</translation>
    </message>
    <message>
        <source>HID-POS scanner not found. Plug it in and set it to HID-POS mode (see the user guide); the station keeps looking.</source>
        <translation>未找到 HID-POS 扫码枪。请插上扫码枪并设为 HID-POS 模式（见使用指南）；工作站会继续查找。</translation>
    </message>
    <message>
        <source>HID-POS scanner %1 not found. Plug it in; the station keeps looking.</source>
        <translation>未找到 HID-POS 扫码枪 %1。请插上扫码枪；工作站会继续查找。</translation>
    </message>
    <message>
        <source>The scanner %1 is plugged in but not in HID-POS mode. Scan the HID-POS setup code from its manual; the station keeps looking.</source>
        <translation>扫码枪 %1 已插上，但不是 HID-POS 模式。请扫描其说明书中的 HID-POS 设置码；工作站会继续查找。</translation>
    </message>
    <message>
        <source>HID-POS scanner %1: permission denied. Install the station&apos;s udev rule (60-sampling-station-scanners.rules) and plug the scanner in again; the station keeps trying.</source>
        <translation>HID-POS 扫码枪 %1：没有权限。请安装工作站的 udev 规则（60-sampling-station-scanners.rules）后重新插拔扫码枪；工作站会继续尝试。</translation>
    </message>
    <message>
        <source>HID-POS scanner %1 could not be opened (another program may hold it); the station keeps trying.</source>
        <translation>无法打开 HID-POS 扫码枪 %1（可能被其他程序占用）；工作站会继续尝试。</translation>
    </message>
    <message>
        <source>HID-POS scanner lost: it was unplugged or stopped answering. Plug it back in; the station reconnects by itself.</source>
        <translation>HID-POS 扫码枪已断开：被拔下或无响应。请重新插上；工作站会自动重连。</translation>
    </message>
</context>
<context>
    <name>station::scan::SerialScanner</name>
    <message>
        <source>No serial scanner port is set. Choose one in the settings.</source>
        <translation>未设置串口扫描枪端口。请在设置中选择。</translation>
    </message>
    <message>
        <source>Serial scanner connected on %1.</source>
        <translation>串口扫描枪已连接到 %1。</translation>
    </message>
    <message>
        <source>The serial scanner on %1 sends data without line ends. Check that its baud rate is %2 and that it ends each scan with Enter (CR or LF).</source>
        <translation>%1 上的串口扫描枪发送的数据没有行结束符。请检查其波特率为 %2，且每次扫描以回车（CR 或 LF）结束。</translation>
    </message>
    <message>
        <source>The serial scanner port %1 does not exist. Plug the scanner in; the station keeps trying.</source>
        <translation>串口扫描枪端口 %1 不存在。请插入扫描枪；工作站会持续尝试连接。</translation>
    </message>
    <message>
        <source>No permission to open %1 (it may be in use by another program, or this user is not in the dialout group). The station keeps trying.</source>
        <translation>没有权限打开 %1（可能被其他程序占用，或当前用户不在 dialout 组中）。工作站会持续尝试。</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 已被打开。</translation>
    </message>
    <message>
        <source>The serial scanner on %1 was disconnected. Plug it back in; the station reconnects by itself.</source>
        <translation>%1 上的串口扫描枪已断开。请重新插入；工作站会自动重新连接。</translation>
    </message>
    <message>
        <source>%1 does not support the settings (baud rate %2).</source>
        <translation>%1 不支持该设置（波特率 %2）。</translation>
    </message>
    <message>
        <source>Serial scanner on %1: %2</source>
        <translation>%1 上的串口扫描枪：%2</translation>
    </message>
</context>
<context>
    <name>station::scan::VideoFileScanner</name>
    <message>
        <source>The video file cannot be played: %1</source>
        <translation>无法播放视频文件：%1</translation>
    </message>
    <message>
        <source>The video file %1 does not exist.</source>
        <translation>视频文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Reading codes from the video %1.</source>
        <translation>正在从视频 %1 中识读条码。</translation>
    </message>
</context>
<context>
    <name>station::widgets::LabelPreview</name>
    <message>
        <source>No label to preview.</source>
        <translation>没有可预览的标签。</translation>
    </message>
</context>
<context>
    <name>station::widgets::PrinterAlert</name>
    <message>
        <source>Retry printing
Ctrl+R</source>
        <translation>重新打印
Ctrl+R</translation>
    </message>
    <message numerus="yes">
        <source>Printer problem: %1
%n print(s) waiting. Scanning goes on; fix the printer, then press Retry (Ctrl+R).</source>
        <translation>
            <numerusform>打印机故障：%1
%n 份待打印。扫码照常进行；排除故障后请按“重新打印”（Ctrl+R）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>station::widgets::PrinterTestPage</name>
    <message>
        <source>Printer test label</source>
        <translation>打印机测试标签</translation>
    </message>
    <message>
        <source>No label printer is set up: enter a printer&apos;s name or address above, then print the test label.</source>
        <translation>尚未设置标签打印机：请在上面填写打印机名称或地址，再打印测试标签。</translation>
    </message>
    <message>
        <source>The test label was sent to %1.</source>
        <translation>测试标签已发送到 %1。</translation>
    </message>
    <message>
        <source>The system knows no printers at all: check that the printing service (CUPS) is running and that the printer is installed.</source>
        <translation>系统中没有任何打印机：请检查打印服务（CUPS）是否在运行、打印机是否已安装。</translation>
    </message>
</context>
<context>
    <name>station::widgets::ReprintReasonDialog</name>
    <message>
        <source>Print again</source>
        <translation>补打</translation>
    </message>
    <message>
        <source>Already printed: %1. Why is it printed again? The reason is recorded.</source>
        <translation>已打印过：%1。为什么要补打？原因将被记录。</translation>
    </message>
    <message>
        <source>The label is damaged or unreadable</source>
        <translation>标签损坏或无法识读</translation>
    </message>
    <message>
        <source>The label was lost</source>
        <translation>标签丢失</translation>
    </message>
    <message>
        <source>The printer jammed or printed badly</source>
        <translation>打印机卡纸或打印不清</translation>
    </message>
    <message>
        <source>Another copy is needed</source>
        <translation>需要多一份</translation>
    </message>
    <message>
        <source>Or type the reason</source>
        <translation>或填写原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>不打印</translation>
    </message>
</context>
<context>
    <name>station::widgets::StationPrinter</name>
    <message>
        <source>a system printer&apos;s name</source>
        <translation>系统打印机名称</translation>
    </message>
    <message>
        <source>a printer the system knows (CUPS), by its name, through its driver</source>
        <translation>系统已安装的打印机（CUPS），按名称，经其驱动打印</translation>
    </message>
</context>
<context>
    <name>station::widgets::SystemPrinterBackend</name>
    <message>
        <source>Printer %1</source>
        <translation>打印机 %1</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; is not available; check that it is installed and switched on, then retry.</source>
        <translation>打印机“%1”不可用；请检查已安装并已开机，然后重试。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; did not accept the job; retry.</source>
        <translation>打印机“%1”未接受打印任务；请重试。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; stopped the job; retry.</source>
        <translation>打印机“%1”中止了打印任务；请重试。</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; reported an error; retry.</source>
        <translation>打印机“%1”报告错误；请重试。</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>已发送到 %1。</translation>
    </message>
</context>
</TS>
