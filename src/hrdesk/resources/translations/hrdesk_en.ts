<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="33"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>AcknowledgementDialog</name>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="117"/>
        <source>登记时效中断 — {0}</source>
        <translation>Record an acknowledgement — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="119"/>
        <source>客户签回对账函、公司发出书面催款或双方签订还款计划，诉讼时效从该日重新计算三年。请保留原件。</source>
        <translation>A signed confirmation letter, a written demand or a repayment plan restarts the three-year limitation period from that day. Keep the original.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="129"/>
        <source>如：对账函编号、快递单号、原件存放处</source>
        <translation>e.g. letter number, tracking number, where the original is kept</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="130"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="131"/>
        <source>事由</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="132"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="79"/>
        <source>更正调整 — {0} {1}</source>
        <translation>Adjustment — {0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="81"/>
        <source>已审核的月份不能修改；少发的补发、多发的扣回记在本月（{0}），并写明原因。</source>
        <translation>An approved month cannot change: pay what was short, or take back what was too much, in this month ({0}), with the reason.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="92"/>
        <source>补发为正数，扣回为负数</source>
        <translation>positive to pay, negative to take back</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="95"/>
        <source>更正的月份</source>
        <translation>Month corrected</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="96"/>
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="97"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="103"/>
        <source>没有可以更正的已审核月份</source>
        <translation>No approved month to correct</translation>
    </message>
</context>
<context>
    <name>AgingTab</name>
    <message>
        <location filename="../../ui/screens/receivables/aging_tab.py" line="51"/>
        <source>账龄区间…</source>
        <translation>Aging buckets…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/aging_tab.py" line="54"/>
        <source>红字冲减…</source>
        <translation>Credit note…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/aging_tab.py" line="55"/>
        <source>申请坏账核销…</source>
        <translation>Request write-off…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/aging_tab.py" line="62"/>
        <source>导出账龄表…</source>
        <translation>Export aging…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/aging_tab.py" line="66"/>
        <source>截止日期</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/aging_tab.py" line="80"/>
        <source>业务员 / 客户 / 应收单</source>
        <translation>Salesperson / customer / invoice</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/aging_tab.py" line="80"/>
        <source>未收余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/aging_tab.py" line="80"/>
        <source>逾期合计</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/aging_tab.py" line="112"/>
        <source>未收合计 {0} 元，其中逾期 {1} 元（{2}）；应收账款周转天数 DSO {3} 天（近90天销售）</source>
        <translation>Outstanding {0} yuan, of which overdue {1} yuan ({2}); DSO {3} days (sales of the last 90 days)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/aging_tab.py" line="124"/>
        <source>各业务员应收账龄（万元，余额最大的12人）</source>
        <translation>Aging per salesperson (10,000 yuan; the 12 largest balances)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/aging_tab.py" line="148"/>
        <source>导出账龄表</source>
        <translation>Export aging</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/aging_tab.py" line="156"/>
        <location filename="../../ui/screens/receivables/aging_tab.py" line="158"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/aging_tab.py" line="156"/>
        <source>正在导出账龄表…</source>
        <translation>Exporting the aging report…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/aging_tab.py" line="158"/>
        <source>已导出到 {0}</source>
        <translation>Exported to {0}</translation>
    </message>
</context>
<context>
    <name>AgingTreeModel</name>
    <message>
        <location filename="../../ui/models/aging_tree.py" line="121"/>
        <source>{0}&#x3000;开票 {1}&#x3000;到期 {2}</source>
        <translation>{0}  issued {1}  due {2}</translation>
    </message>
    <message>
        <location filename="../../ui/models/aging_tree.py" line="152"/>
        <source>逾期 {0} 天</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/models/aging_tree.py" line="152"/>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="42"/>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="43"/>
        <source>hrdesk 遇到一个意外错误，刚才的操作可能没有完成，已保存的数据不受影响。

错误：{0}
详细信息已写入日志：{1}</source>
        <translation>hrdesk met an unexpected error. The last action may not have finished; data already saved is not affected.

Error: {0}
Details are in the log: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="121"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>登录失败</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="203"/>
        <source>另一个窗口</source>
        <translation>Another window</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="227"/>
        <source>此数据库已在另一个 hrdesk 窗口中打开。两个窗口可以同时查看和录入；同时保存时，后保存的一方会等待，等待超时会提示稍后再试，不会损坏数据。请避免两人同时计算或审核同一个月的工资。</source>
        <translation>This database is already open in another hrdesk window. Both can view and enter data; when both save at once the later one waits, and if the wait runs out it asks you to try again — nothing is damaged. Avoid calculating or approving the same pay month in two windows.</translation>
    </message>
</context>
<context>
    <name>AppraisalDialog</name>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="33"/>
        <source>绩效考核</source>
        <translation>Performance appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="35"/>
        <source>未达标时写明改进计划（培训、调岗）：以第40条第2项解除劳动合同时，这些记录是证据。</source>
        <translation>When a target is missed, write the improvement plan (training, change of post): if the contract is ever ended under Art. 40(2), these records are the evidence.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="62"/>
        <source>员工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="63"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="64"/>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="65"/>
        <source>实际</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="66"/>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="67"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="68"/>
        <source>评语</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="69"/>
        <source>改进计划</source>
        <translation>Improvement plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="70"/>
        <source>考核人</source>
        <translation>Reviewer</translation>
    </message>
</context>
<context>
    <name>AppraisalPage</name>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="60"/>
        <location filename="../../ui/screens/appraisal.py" line="109"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="61"/>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="62"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="63"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="64"/>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="65"/>
        <source>实际</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="66"/>
        <source>达成率%</source>
        <translation>Achieved %</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="67"/>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="68"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="69"/>
        <source>评语</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="70"/>
        <source>改进计划</source>
        <translation>Improvement plan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="71"/>
        <source>考核人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="73"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="74"/>
        <source>回款</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="74"/>
        <source>录入</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="77"/>
        <source>绩效工资计入</source>
        <translation>Performance pay in</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="105"/>
        <source>绩效考核</source>
        <translation>Performance appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="112"/>
        <location filename="../../ui/screens/appraisal.py" line="153"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="124"/>
        <source>新增考核…</source>
        <translation>New appraisal…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="125"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="126"/>
        <source>按回款填入销售目标与实际</source>
        <translation>Fill sales targets and results from collections</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="127"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="136"/>
        <source>计入月份</source>
        <translation>Into month</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="143"/>
        <location filename="../../ui/screens/appraisal.py" line="193"/>
        <location filename="../../ui/screens/appraisal.py" line="200"/>
        <location filename="../../ui/screens/appraisal.py" line="207"/>
        <location filename="../../ui/screens/appraisal.py" line="215"/>
        <source>计入绩效工资</source>
        <translation>Apply to performance pay</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="145"/>
        <source>绩效工资规则…</source>
        <translation>Performance pay rule…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="166"/>
        <source>已启用</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="166"/>
        <source>未启用</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="168"/>
        <source>共 {0} 条考核，未达标 {1} 条（红色）；绩效工资规则{2}</source>
        <translation>{0} appraisals, {1} below target (red); performance pay rule {2}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="180"/>
        <location filename="../../ui/screens/appraisal.py" line="184"/>
        <source>按回款填入</source>
        <translation>Fill from collections</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="180"/>
        <location filename="../../ui/screens/appraisal.py" line="193"/>
        <source>请先选择一个期间。</source>
        <translation>Choose a period first.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="197"/>
        <source>按绩效工资规则，把 {0} 的考核等级换算为绩效工资，写入 {1} 的工资录入（覆盖该月已录入的绩效工资）。继续？</source>
        <translation>Turn the grades of {0} into performance pay by the rule and write them into the payroll inputs of {1} (replacing performance pay already entered for that month). Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/appraisal.py" line="216"/>
        <source>已计入 {0} 人，请到薪资页重新计算。</source>
        <translation>Applied for {0} employees; recalculate the month on the Payroll page.</translation>
    </message>
</context>
<context>
    <name>AssignCustomerDialog</name>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="27"/>
        <source>指定付款客户</source>
        <translation>Name the paying customer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="28"/>
        <source>{0} 收到“{1}”{2} 元（{3}）。请选择这笔钱是哪个客户付的。</source>
        <translation>On {0} “{1}” paid {2} yuan ({3}). Choose the customer this money came from.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="46"/>
        <source>记住：以后“{0}”的付款都算这个客户</source>
        <translation>Remember: payments from “{0}” belong to this customer from now on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="49"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="55"/>
        <source>请从列表中选择客户</source>
        <translation>Choose a customer from the list</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="121"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="122"/>
        <source>所属合同</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="123"/>
        <source>大小(KB)</source>
        <translation>Size (KB)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="125"/>
        <source>添加时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="128"/>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="129"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="137"/>
        <source>添加文件…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="140"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="147"/>
        <source>附件保存在数据库中，随备份一起保存；同一文件不会重复保存，也不会被覆盖。</source>
        <translation>Attachments are kept in the database and saved with every backup; the same file is never stored twice nor overwritten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="160"/>
        <source>选择合同扫描件</source>
        <translation>Choose the contract scan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="162"/>
        <source>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="172"/>
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="185"/>
        <source>打开附件</source>
        <translation>Open attachment</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../ui/screens/attendance.py" line="73"/>
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="77"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="92"/>
        <source>导入考勤文件…</source>
        <translation>Import attendance file…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="93"/>
        <source>导出考勤表…</source>
        <translation>Export attendance sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="94"/>
        <source>节假日安排…</source>
        <translation>Holidays…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="95"/>
        <source>考勤规则…</source>
        <translation>Attendance rules…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="125"/>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="126"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="138"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="151"/>
        <source>{0} 共 {1} 人，已导入 {2} 人（{3}）；事假 {4} 天，病假 {5} 天，旷工 {6} 天，加班 {7} 小时，已计入本月工资录入</source>
        <translation>{0}: {1} people, {2} imported ({3}); personal leave {4} days, sick leave {5} days, absence {6} days, overtime {7} hours, entered into this month&apos;s payroll inputs</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="166"/>
        <source>{0} 尚未导入考勤：点“导入考勤文件…”选择钉钉月度汇总、企业微信每日统计或打卡记录，或hrdesk考勤模板</source>
        <translation>{0} has no attendance yet: click “Import attendance file…” and choose a DingTalk monthly summary, a WeCom daily summary or punch record, or hrdesk&apos;s attendance template</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="169"/>
        <source>。{0}</source>
        <translation>. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="186"/>
        <source>导出考勤表</source>
        <translation>Export attendance sheet</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="186"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="195"/>
        <location filename="../../ui/screens/attendance.py" line="197"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="195"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="197"/>
        <source>已导出 {0} 人到 {1}</source>
        <translation>Exported {0} people to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="213"/>
        <source>应出勤</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="214"/>
        <source>出勤</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="215"/>
        <source>事假(天)</source>
        <translation>Personal (days)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="216"/>
        <source>病假(天)</source>
        <translation>Sick (days)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="217"/>
        <source>旷工(天)</source>
        <translation>Absent (days)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="218"/>
        <source>年休假(天)</source>
        <translation>Annual (days)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="219"/>
        <source>调休(天)</source>
        <translation>In lieu (days)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="220"/>
        <source>其他假(天)</source>
        <translation>Other leave (days)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="221"/>
        <source>迟到(次)</source>
        <translation>Late (times)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="222"/>
        <source>工作日加班(h)</source>
        <translation>Weekday OT (h)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="223"/>
        <source>休息日加班(h)</source>
        <translation>Rest-day OT (h)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="224"/>
        <source>节假日加班(h)</source>
        <translation>Holiday OT (h)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="225"/>
        <source>转调休(h)</source>
        <translation>To time off (h)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="226"/>
        <source>迟到扣款</source>
        <translation>Late deduction</translation>
    </message>
</context>
<context>
    <name>AttendanceRulesDialog</name>
    <message>
        <location filename="../../ui/dialogs/attendance_rules.py" line="21"/>
        <source>考勤规则</source>
        <translation>Attendance rules</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attendance_rules.py" line="22"/>
        <source>导入考勤时按这些规则计入工资；工作日和法定节假日加班一律发加班费。</source>
        <translation>Imported attendance is paid by these rules; weekday and statutory-holiday overtime is always paid.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attendance_rules.py" line="28"/>
        <source>发加班费（200%）</source>
        <translation>Pay overtime (200%)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attendance_rules.py" line="29"/>
        <source>转为调休（记入调休台账）</source>
        <translation>Give time off in lieu (credited to the leave ledger)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attendance_rules.py" line="31"/>
        <source>休息日加班</source>
        <translation>Rest-day overtime</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attendance_rules.py" line="32"/>
        <source>按公司制度扣迟到款（默认不扣）</source>
        <translation>Deduct for late arrivals under company rules (off by default)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attendance_rules.py" line="38"/>
        <source>每月免扣次数</source>
        <translation>Free late arrivals a month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attendance_rules.py" line="40"/>
        <source>每次扣款（元）</source>
        <translation>Deduction per late arrival (yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attendance_rules.py" line="42"/>
        <source>如“员工手册（2025年职代会通过）第12条”</source>
        <translation>e.g. “Staff handbook (adopted by the staff congress in 2025), article 12”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attendance_rules.py" line="43"/>
        <source>制度依据</source>
        <translation>Written rule</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attendance_rules.py" line="46"/>
        <source>迟到扣款须有经民主程序制定并向员工公示的规章制度（劳动合同法第4条）为依据，且扣款后当月工资不得低于当地最低工资标准；没有书面制度时请不要开启。</source>
        <translation>A late deduction needs written rules adopted democratically and made known to the staff (Labour Contract Law art. 4), and pay after it may not fall below the local minimum wage; do not turn it on without such rules.</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <location filename="../../ui/screens/attendance.py" line="266"/>
        <source>迟到</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="267"/>
        <source>早退</source>
        <translation>early</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="268"/>
        <source>旷工</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="269"/>
        <source>缺卡</source>
        <translation>no punch</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="270"/>
        <source>请假</source>
        <translation>leave</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="271"/>
        <source>休</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="272"/>
        <source>年</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="273"/>
        <source>事</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="274"/>
        <source>病</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="275"/>
        <source>调</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="276"/>
        <source>婚</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="277"/>
        <source>丧</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="278"/>
        <source>产</source>
        <translation>Mat</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="279"/>
        <source>加</source>
        <translation>OT</translation>
    </message>
    <message>
        <location filename="../../ui/screens/attendance.py" line="280"/>
        <source>天</source>
        <translation>d</translation>
    </message>
</context>
<context>
    <name>BankFileDialog</name>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="52"/>
        <source>代发文件格式</source>
        <translation>Bank transfer file layout</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="60"/>
        <source>管理模板…</source>
        <translation>Manage templates…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="63"/>
        <source>格式</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="70"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="71"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="85"/>
        <source>{0}（示例）</source>
        <translation>{0} (example)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="87"/>
        <source>通用</source>
        <translation>Generic</translation>
    </message>
</context>
<context>
    <name>BankTemplates</name>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="23"/>
        <source>示例只是各行代发文件的常见样式；以开户行提供的代发模板为准，请在“管理模板”中复制示例并按银行模板修改列名和顺序。</source>
        <translation>The examples only show each bank&apos;s usual transfer file; the template your bank gives you wins. Copy an example under &quot;Manage templates&quot; and change its headers and order to match the bank&apos;s template.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="29"/>
        <source>末行合计</source>
        <translation>Total row at the end</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="30"/>
        <source>表头上方总笔数、总金额</source>
        <translation>Count and total above the headers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="31"/>
        <source>不写合计</source>
        <translation>No totals</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="41"/>
        <source>列：{0}；合计：{1}</source>
        <translation>Columns: {0}; totals: {1}</translation>
    </message>
</context>
<context>
    <name>BankTemplatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="111"/>
        <source>代发模板</source>
        <translation>Bank file templates</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="128"/>
        <source>复制示例</source>
        <translation>Copy example</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="130"/>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="132"/>
        <source>删除模板</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="149"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="150"/>
        <source>合计</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="153"/>
        <source>内容</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="153"/>
        <source>银行模板中的列名</source>
        <translation>Header in the bank&apos;s template</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="158"/>
        <source>加一列</source>
        <translation>Add column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="159"/>
        <source>删除列</source>
        <translation>Delete column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="160"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="161"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="175"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="176"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bank_templates.py" line="248"/>
        <source>新模板</source>
        <translation>New template</translation>
    </message>
</context>
<context>
    <name>BonusMethod</name>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="124"/>
        <location filename="../../ui/dialogs/payroll_entries.py" line="132"/>
        <source>奖金计税方式</source>
        <translation>Bonus tax method</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="125"/>
        <source>该员工本月没有全年一次性奖金。</source>
        <translation>This employee has no annual one-time bonus this month.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="128"/>
        <source>计算后显示两种方式的个税。</source>
        <translation>Calculate the month to see the tax both ways.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="134"/>
        <source>{0} {1} 的全年一次性奖金 {2} 元按哪种方式计税？</source>
        <translation>How should {0} {1}&apos;s annual bonus of {2} yuan be taxed?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="140"/>
        <source>单独计税</source>
        <translation>Taxed separately</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="143"/>
        <source>并入当月工资</source>
        <translation>Merged into this month&apos;s wages</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="146"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BucketsDialog</name>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="218"/>
        <source>账龄区间</source>
        <translation>Aging buckets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="219"/>
        <source>按逾期天数分段，填写各段的上限天数，用逗号分开。默认：30, 60, 90, 180, 365</source>
        <translation>Buckets by days overdue: enter each bucket&apos;s upper limit, separated by commas. Default: 30, 60, 90, 180, 365</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="225"/>
        <source>分段上限（天）</source>
        <translation>Upper limits (days)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="230"/>
        <source>请只填写整数天数，用逗号分开</source>
        <translation>Enter whole days only, separated by commas</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="19"/>
        <source>新简历</source>
        <translation>New CV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="20"/>
        <source>筛选</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="21"/>
        <source>面试</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="22"/>
        <source>录用</source>
        <translation>Offered</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="23"/>
        <source>已入职</source>
        <translation>Hired</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="24"/>
        <source>未录用</source>
        <translation>Not hired</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="42"/>
        <source>候选人</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="42"/>
        <source>新增候选人</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="43"/>
        <source>候选人的个人信息只为招聘使用；未录用的在保存期限后删除（个人信息保护法）。</source>
        <translation>A candidate&apos;s personal data is used for hiring only; those not hired are deleted after the retention period (Personal Information Protection Law).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="56"/>
        <source>招聘网站、内推、校园招聘…</source>
        <translation>Job site, referral, campus…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="72"/>
        <source>面试记录、评价、沟通情况</source>
        <translation>Interview notes, assessment, contacts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="75"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="76"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="77"/>
        <source>应聘岗位</source>
        <translation>Position applied for</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="78"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="79"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="80"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="81"/>
        <source>面试日期</source>
        <translation>Interview date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="82"/>
        <source>期望薪资（元/月）</source>
        <translation>Expected salary (CNY/month)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="83"/>
        <source>录用薪资（元/月）</source>
        <translation>Offered salary (CNY/month)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="84"/>
        <source>报到日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/candidate.py" line="85"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CertificateButton</name>
    <message>
        <location filename="../../ui/dialogs/certificates.py" line="18"/>
        <source>收入证明</source>
        <translation>Income certificate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificates.py" line="19"/>
        <source>在职证明</source>
        <translation>Employment certificate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificates.py" line="36"/>
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificates.py" line="44"/>
        <source>保存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificates.py" line="45"/>
        <source>发送到员工邮箱</source>
        <translation>E-mail to the employee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificates.py" line="53"/>
        <source>保存{0}</source>
        <translation>Save {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificates.py" line="55"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/certificates.py" line="69"/>
        <source>已开具 {0}：{1}</source>
        <translation>Issued {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="46"/>
        <source>标为完成</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="47"/>
        <source>豁免…</source>
        <translation>Waive…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="53"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="54"/>
        <source>负责</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="55"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="56"/>
        <source>必办</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="57"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="58"/>
        <source>系统核对</source>
        <translation>Checked by hrdesk</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="59"/>
        <source>办理人</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="60"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="71"/>
        <source>已满足</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="71"/>
        <source>未满足</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="77"/>
        <location filename="../../ui/screens/handover/panels.py" line="90"/>
        <source>交接事项</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="86"/>
        <source>豁免</source>
        <translation>Waive</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="86"/>
        <source>“{0}”不需要办理的原因：</source>
        <translation>Why “{0}” is not needed:</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/widgets/columns.py" line="48"/>
        <source>更多</source>
        <translation>More</translation>
    </message>
</context>
<context>
    <name>CommissionPolicyDialog</name>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="244"/>
        <source>回款提成政策</source>
        <translation>Commission policy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="245"/>
        <source>按收款日距到期日的逾期天数取账龄系数；最后一档不填天数，表示更久。</source>
        <translation>The coefficient by days between the due date and the receipt; leave the last step&apos;s days empty: it covers anything later.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="251"/>
        <source>逾期天数不超过</source>
        <translation>Up to days late</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="251"/>
        <source>系数</source>
        <translation>Coefficient</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="259"/>
        <source>回款低于目标的比例时暂扣</source>
        <translation>Hold when collections are below this share of target</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="270"/>
        <source>第{0}档：天数应为整数，系数如 0.8</source>
        <translation>Step {0}: days must be whole, the coefficient like 0.8</translation>
    </message>
</context>
<context>
    <name>CommissionTab</name>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="48"/>
        <source>提成政策…</source>
        <translation>Commission policy…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="51"/>
        <source>放行暂扣提成…</source>
        <translation>Release held commission…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="54"/>
        <source>导出明细…</source>
        <translation>Export statement…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="56"/>
        <source>打印明细…</source>
        <translation>Print statement…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="60"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="74"/>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="75"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="76"/>
        <source>提成比例</source>
        <translation>Commission rate</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="77"/>
        <source>回款目标</source>
        <translation>Collection target</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="78"/>
        <source>本月回款</source>
        <translation>Collected this month</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="79"/>
        <source>按回款计提成</source>
        <translation>Commission on collections</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="81"/>
        <source>以前月份放行</source>
        <translation>Released from earlier months</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="83"/>
        <source>本月应发</source>
        <translation>Payable this month</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="84"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="105"/>
        <source>提成 = 回款 × 提成比例 × 账龄系数（{0}）。当月回款低于目标的{1}%时提成暂扣，经销售经理放行后随下一个未审核月份发放。</source>
        <translation>Commission = collected × rate × aging coefficient ({0}). Below {1}% of the month&apos;s target the commission is held until a sales manager releases it into the next open month.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="119"/>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="130"/>
        <source>放行暂扣提成</source>
        <translation>Release held commission</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="120"/>
        <source>{0} {1} 的 {2} 提成 {3} 元。放行原因：</source>
        <translation>{0} {1}: commission of {2}, {3} yuan. Reason for release:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="142"/>
        <source>导出提成明细</source>
        <translation>Export commission statement</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="154"/>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="155"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="155"/>
        <source>已导出到 {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/commission_tab.py" line="170"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../ui/dialogs/contract.py" line="36"/>
        <source>编辑合同</source>
        <translation>Edit contract</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contract.py" line="36"/>
        <source>新增合同</source>
        <translation>New contract</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contract.py" line="60"/>
        <source>合同编号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contract.py" line="61"/>
        <source>合同类型</source>
        <translation>Contract type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contract.py" line="62"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contract.py" line="63"/>
        <source>结束日期（最后一天）</source>
        <translation>End date (last day)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contract.py" line="64"/>
        <source>试用期结束日期</source>
        <translation>Probation ends</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contract.py" line="65"/>
        <source>试用期工资</source>
        <translation>Probation wage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contract.py" line="66"/>
        <source>合同工资（元/月）</source>
        <translation>Contract wage (CNY/month)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contract.py" line="67"/>
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contract.py" line="74"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contract.py" line="74"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contract.py" line="112"/>
        <source>合同已被修改</source>
        <translation>The contract was changed</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../ui/screens/contracts.py" line="60"/>
        <source>合同提醒</source>
        <translation>Contract reminders</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="64"/>
        <source>只看紧急</source>
        <translation>Urgent only</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="67"/>
        <source>固定期限合同提前提醒天数</source>
        <translation>Days of notice before a fixed term ends</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="76"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="82"/>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="83"/>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="84"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="85"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="86"/>
        <source>问题</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="87"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="88"/>
        <source>涉及金额</source>
        <translation>Amount at stake</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="89"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="120"/>
        <source>共 {0} 项，其中紧急 {1} 项；双击打开员工的合同</source>
        <translation>{0} items, {1} urgent; double-click to open the employee&apos;s contracts</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="128"/>
        <source>{0} — {1}：{2}</source>
        <translation>{0} — {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="132"/>
        <source>选中一项提醒，这里显示它的完整说明。</source>
        <translation>Select a reminder to read its details in full here.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="154"/>
        <source>导出合同提醒</source>
        <translation>Export contract reminders</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="154"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="165"/>
        <location filename="../../ui/screens/contracts.py" line="167"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="165"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/contracts.py" line="167"/>
        <source>已导出 {0} 项到 {1}</source>
        <translation>Exported {0} items to {1}</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="56"/>
        <source>合同编号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="57"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="58"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="59"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="60"/>
        <source>试用期至</source>
        <translation>Probation to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="61"/>
        <source>试用期工资</source>
        <translation>Probation wage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="62"/>
        <source>合同工资</source>
        <translation>Contract wage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="63"/>
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="71"/>
        <source>新增合同…</source>
        <translation>New contract…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="73"/>
        <source>编辑合同…</source>
        <translation>Edit contract…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="80"/>
        <source>合同提醒</source>
        <translation>Contract reminders</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="94"/>
        <source>【紧急】</source>
        <translation>[Urgent] </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="95"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="98"/>
        <source>没有需要处理的合同问题。</source>
        <translation>No contract issues to deal with.</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="152"/>
        <source>红字冲减 — {0}</source>
        <translation>Credit note — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="153"/>
        <source>退货或折让：原应收单金额不变，另记一笔冲减。未收余额 {0} 元。</source>
        <translation>Return or price cut: the invoice stays as it is and a credit note is recorded. Balance {0} yuan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="163"/>
        <source>红字单号</source>
        <translation>Credit note no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="164"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="165"/>
        <source>冲减金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="166"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CustomersPanel</name>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="109"/>
        <source>移交所选客户</source>
        <translation>Hand over selected customers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="113"/>
        <source>接手人</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="115"/>
        <source>自</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="123"/>
        <source>客户及其未收应收单一并移交，原归属记录保留；可分几次移交给不同接手人。</source>
        <translation>Customers move with their open invoices and the ownership history is kept; hand over in several goes to several successors.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="129"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="130"/>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="131"/>
        <source>未收余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="152"/>
        <location filename="../../ui/screens/handover/panels.py" line="158"/>
        <source>客户移交</source>
        <translation>Hand over customers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="152"/>
        <source>请先在列表中选择要移交的客户</source>
        <translation>Select the customers to hand over first</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="68"/>
        <source>专项附加扣除</source>
        <translation>Special additional deductions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="70"/>
        <source>按员工在个税App中的申报填写。起始月份早于本月的，下一次发薪时一并补扣；不填截止月份的，每年12月经员工确认后才延续到下一年。</source>
        <translation>Enter what the employee declared in the tax app. A start month before this month is caught up in the next pay run; without an end month, it carries into next year only once the employee confirms it in December.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="84"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="85"/>
        <source>每月金额</source>
        <translation>Monthly amount</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="86"/>
        <source>起始月份</source>
        <translation>Start month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="87"/>
        <source>截止月份</source>
        <translation>End month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="88"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DeclarationsTab</name>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="157"/>
        <source>每项扣除有起始月份和截止月份；补报以前月份的，下一次发薪时一并补扣。截止月份带 * 的为未确认下一年度：12月经员工确认后延续。</source>
        <translation>Each deduction has a start and an end month; months declared late are caught up in the next pay run. An end month marked * is not yet confirmed for next year: it carries on once the employee confirms it in December.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="169"/>
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="170"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="171"/>
        <location filename="../../ui/dialogs/tax_year.py" line="205"/>
        <location filename="../../ui/dialogs/tax_year.py" line="209"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="202"/>
        <source>删除这项{0}？已结束的扣除请改为填写截止月份，而不是删除。</source>
        <translation>Delete this {0}? For a deduction that has ended, enter its end month instead of deleting it.</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="236"/>
        <source>登记送达 — {0}</source>
        <translation>Record delivery — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="238"/>
        <source>对账函送达客户即为催款：诉讼时效自送达日重新计算，不论客户是否回函。请保存凭证：快递查询的签收记录、客户签收的回执、电子邮件的送达回执。</source>
        <translation>A letter that reached the customer is a demand for payment: the limitation period restarts from the day it arrived, whether or not the customer replies. Keep the proof: the courier&apos;s signed-for record, the receipt the customer signed, the e-mail delivery receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="252"/>
        <source>凭证存放处或说明，如“顺丰签收截图已存档”</source>
        <translation>Where the proof is kept, e.g. &quot;courier screenshot filed&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="253"/>
        <source>送达日期</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="254"/>
        <source>凭证</source>
        <translation>Proof</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="255"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DetailDialog</name>
    <message>
        <location filename="../../ui/screens/reports.py" line="99"/>
        <source>共 {0} 行</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="102"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="108"/>
        <location filename="../../ui/screens/reports.py" line="112"/>
        <source>导出明细</source>
        <translation>Export details</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="113"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="274"/>
        <source>处理差异 — {0}</source>
        <translation>Resolve difference — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="276"/>
        <source>我方余额 {0} 元，客户确认 {1} 元，差额 {2} 元。写明如何处理（如：红字冲减、找到收款、更正发票）。</source>
        <translation>Our balance {0} yuan, the customer&apos;s {1} yuan, difference {2} yuan. Say how it was resolved (a credit note, a payment found, a corrected invoice).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="283"/>
        <source>处理日期</source>
        <translation>Resolved on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="284"/>
        <source>处理结果</source>
        <translation>Resolution</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="145"/>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="154"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="152"/>
        <source>正在写入…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="155"/>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="161"/>
        <source>导入完成：{0}</source>
        <translation>Import finished: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="164"/>
        <source>。{0} 的事假、病假、旷工和加班已计入该月工资录入，请重新计算工资。</source>
        <translation>. {0}&apos;s personal leave, sick leave, absence and overtime are now in that month&apos;s payroll inputs; run payroll again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="171"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="172"/>
        <source>导入失败，没有写入任何数据：{0}</source>
        <translation>Import failed; nothing was written: {0}</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="53"/>
        <source>新增员工</source>
        <translation>New employee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="53"/>
        <source>员工档案</source>
        <translation>Employee record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="59"/>
        <source>基本信息</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="60"/>
        <source>薪资设置</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="61"/>
        <source>专项附加扣除</source>
        <translation>Special deductions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="65"/>
        <source>合同</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="66"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="69"/>
        <source>变更记录</source>
        <translation>Change record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="72"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="72"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="123"/>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="124"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="129"/>
        <source>显示完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="135"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="143"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="144"/>
        <source>岗位</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="149"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="151"/>
        <source>销售人员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="151"/>
        <source>是，名下有客户和应收账款</source>
        <translation>Yes: has customers and receivables</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="153"/>
        <source>入职日期</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="155"/>
        <source>参加工作日期</source>
        <translation>First day of work</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="158"/>
        <source>第一次参加工作（任何单位）的日期：年休假按累计工作年限计算；不填为入职日期</source>
        <translation>The first day of work with any employer: annual leave follows cumulative years of work; empty means the hire date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="160"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="161"/>
        <source>邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="162"/>
        <source>工资条和证明发到这里</source>
        <translation>Payslips and certificates are sent here</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="168"/>
        <source>直属上级</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="169"/>
        <source>银行卡号</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="170"/>
        <source>开户行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="176"/>
        <source>基本工资（元/月）</source>
        <translation>Base salary (CNY/month)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="177"/>
        <source>岗位津贴（元/月）</source>
        <translation>Position allowance (CNY/month)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="178"/>
        <source>社保城市</source>
        <translation>Social insurance city</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="179"/>
        <source>社保基数</source>
        <translation>Social insurance base</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="180"/>
        <source>公积金基数</source>
        <translation>Housing fund base</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="181"/>
        <source>公积金比例</source>
        <translation>Housing fund rate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="182"/>
        <source>回款提成比例</source>
        <translation>Commission on collections</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="183"/>
        <source>月回款目标</source>
        <translation>Monthly collection target</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="195"/>
        <source>员工申报的每月扣除金额。起始月份默认为当年1月（入职晚于1月的为入职当月），早于本月的在下一次发薪时一并补扣。保存后可逐项设置截止月份。</source>
        <translation>The monthly amounts the employee declared. The start month defaults to January of this year (or the hire month, if later); earlier months are caught up in the next pay run. End months can be set item by item after saving.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="205"/>
        <source>扣除起始月份</source>
        <translation>Deductions start month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="214"/>
        <source>员工档案 — {0} {1}</source>
        <translation>Employee record — {0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="220"/>
        <source>{0}，{1} 出生</source>
        <translation>{0}, born {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="317"/>
        <source>已保存，请核对</source>
        <translation>Saved; please check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="327"/>
        <source>员工档案已被修改</source>
        <translation>The employee record was changed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee.py" line="328"/>
        <source>{0}

重新载入最新内容吗？（您在此窗口的修改将丢弃）</source>
        <translation>{0}

Load the latest version? (Your changes in this window will be discarded.)</translation>
    </message>
</context>
<context>
    <name>EmployeesPage</name>
    <message>
        <location filename="../../ui/screens/employees.py" line="101"/>
        <source>搜索工号或姓名（Ctrl+F）</source>
        <translation>Search by number or name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="109"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="115"/>
        <source>只看销售</source>
        <translation>Salespeople only</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="117"/>
        <source>新增员工（Ctrl+N）</source>
        <translation>New employee (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="120"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="71"/>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="72"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="73"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="74"/>
        <source>岗位</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="75"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="76"/>
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="77"/>
        <source>入职日期</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="78"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="79"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="80"/>
        <source>基本工资</source>
        <translation>Base salary</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="145"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/screens/employees.py" line="160"/>
        <source>显示 {0} / 共 {1} 人</source>
        <translation>Showing {0} of {1}</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="163"/>
        <source>添加绩效记录</source>
        <translation>Add a performance record</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="165"/>
        <source>培训、调岗、绩效面谈、书面警告：写明时间、内容、结果，原件（员工签字）另行存档。</source>
        <translation>A training, a change of post, a review, a written warning: say when, what and the outcome; file the signed original.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="174"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="175"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="176"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <location filename="../../ui/screens/home.py" line="59"/>
        <source>点击查看报表</source>
        <translation>Click to open the report</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="109"/>
        <source>核对结算数据</source>
        <translation>Confirm settlement figures</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="111"/>
        <source>月工资按离职前12个月的平均应发工资（低于最低工资的按最低工资）；未休年休假工资按不含加班费的平均工资；当地上年职工月平均工资用于经济补偿封顶和个税免税额。协商一致解除约定了补偿金额的，填写金额并写明协议。</source>
        <translation>The monthly wage is the average gross pay of the last 12 months (raised to the minimum wage if below it); unused leave is paid on the average without overtime; the local average monthly wage of last year sets the severance cap and the tax exemption. Where an agreed termination fixes the compensation, enter the amount and name the agreement.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="130"/>
        <source>协议名称、日期和条款，如“2026-11-01 解除协议第2条”</source>
        <translation>The agreement&apos;s name, date and clause, e.g. &quot;2026-11-01 termination agreement, clause 2&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="135"/>
        <source>离职前12个月平均工资</source>
        <translation>Average wage, last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="136"/>
        <source>不含加班费的平均工资</source>
        <translation>Average wage without overtime</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="137"/>
        <source>当地上年职工月平均工资</source>
        <translation>Local average monthly wage (last year)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="138"/>
        <source>今年已休年假（天）</source>
        <translation>Annual leave taken this year (days)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="139"/>
        <source>协商约定的补偿金额</source>
        <translation>Agreed compensation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="140"/>
        <source>约定所在的协议</source>
        <translation>Agreement it is in</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="30"/>
        <source>选择文件</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="32"/>
        <source>支持 .xlsx、.xls、.ods 和 .csv（UTF-8 或 GBK）。表头上方的标题行会自动跳过。</source>
        <translation>Reads .xlsx, .xls, .ods and .csv (UTF-8 or GBK). Title rows above the header are skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="38"/>
        <source>导入内容</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="41"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="45"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="47"/>
        <source>考勤月份</source>
        <translation>Attendance month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="50"/>
        <source>考勤文件按表头自动识别格式：钉钉“月度汇总”、企业微信“每日统计”或“打卡记录”、hrdesk考勤模板。不需要选择工作表和列对应，下一步直接显示将写入的内容。导入会替换该月已导入的考勤；工资已审核的月份不能导入。</source>
        <translation>Attendance files are recognised by their headers: DingTalk &apos;monthly summary&apos;, WeCom &apos;daily statistics&apos; or &apos;punch records&apos;, or hrdesk&apos;s attendance template. No sheet or column mapping to choose: the next step shows what will be written. Importing replaces the month&apos;s attendance; a month whose payroll is approved cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="85"/>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/file_page.py" line="87"/>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="63"/>
        <source>创建管理员</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="64"/>
        <source>这是第一次使用该数据库。请创建管理员账户，之后由管理员为其他同事开设账户。</source>
        <translation>This database is used for the first time. Create the administrator account; the administrator then opens accounts for colleagues.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="71"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="72"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="73"/>
        <source>密码（至少8位）</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="74"/>
        <source>再次输入密码</source>
        <translation>Repeat the password</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/widgets/forms.py" line="69"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="45"/>
        <source>生成对账函</source>
        <translation>Generate letters</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="46"/>
        <source>每个在截止日有未结余额的客户生成一份对账函，编号连续且不会重复使用。</source>
        <translation>One letter for each customer with a balance on the as-of date; numbers run on and are never reused.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="47"/>
        <source>生成</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="52"/>
        <source>全部客户</source>
        <translation>All customers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="54"/>
        <source>业务员：{0}</source>
        <translation>Salesperson: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="55"/>
        <source>勾选的客户</source>
        <translation>Ticked customers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="57"/>
        <source>输入编码或名称筛选</source>
        <translation>Type a code or name to filter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="68"/>
        <source>每个客户一个 PDF，另加一个合并版便于打印</source>
        <translation>One PDF per customer, plus one merged file to print</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="69"/>
        <source>每个客户一个 PDF</source>
        <translation>One PDF per customer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="71"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="78"/>
        <source>截止日期</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="79"/>
        <source>范围</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="82"/>
        <source>文件</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="83"/>
        <location filename="../../ui/dialogs/letters.py" line="112"/>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="118"/>
        <source>请选择保存的文件夹</source>
        <translation>Choose the folder to save to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="120"/>
        <source>请勾选要对账的客户</source>
        <translation>Tick the customers to write to</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="57"/>
        <source>离职交接</source>
        <translation>Offboarding</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="82"/>
        <source>发起离职…</source>
        <translation>Start a separation…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="84"/>
        <source>应收账款清单报告…</source>
        <translation>Receivables list report…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="85"/>
        <source>离职结算单…</source>
        <translation>Settlement sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="86"/>
        <source>离职证明…</source>
        <translation>Termination certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="87"/>
        <location filename="../../ui/screens/handover/page.py" line="263"/>
        <source>完成离职</source>
        <translation>Complete separation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="89"/>
        <source>撤销离职…</source>
        <translation>Cancel separation…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="91"/>
        <source>清单模板…</source>
        <translation>Checklist template…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="108"/>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="109"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="110"/>
        <source>依据</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="111"/>
        <source>通知日期</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="112"/>
        <source>最后工作日</source>
        <translation>Last working day</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="113"/>
        <source>接手人</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="114"/>
        <source>未完成必办事项</source>
        <translation>Required items open</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="115"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="127"/>
        <source>核对结算数据…</source>
        <translation>Confirm figures…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="68"/>
        <source>依据与应付</source>
        <translation>Ground and amounts owed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="72"/>
        <source>交接清单</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="73"/>
        <source>客户移交</source>
        <translation>Hand over customers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="74"/>
        <source>业绩与记录</source>
        <translation>Results and records</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="172"/>
        <source>还没有离职记录。点“发起离职…”开始。</source>
        <translation>No separations yet. Click “Start a separation…” to begin.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="203"/>
        <source>需备材料：{0}</source>
        <translation>Needs on file: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="204"/>
        <source>通知：要求提前 {0} 天，实际 {1} 天{2}</source>
        <translation>Notice: {0} days required, {1} given{2}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="207"/>
        <source>（试用期）</source>
        <translation> (probation)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="212"/>
        <source>{0}：{1} 元</source>
        <translation>{0}: {1} yuan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="217"/>
        <source>&lt;b&gt;应付合计：{0} 元&lt;/b&gt;（未扣社保、公积金和个税）</source>
        <translation>&lt;b&gt;Total owed: {0} yuan&lt;/b&gt; (before contributions and tax)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="223"/>
        <source>{0}个税：{1} 元</source>
        <translation>Income tax on the {0}: {1} CNY</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="272"/>
        <location filename="../../ui/screens/handover/page.py" line="277"/>
        <source>撤销离职</source>
        <translation>Cancel separation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="273"/>
        <source>{0} 的离职不再办理的原因（如：员工撤回辞职）：</source>
        <translation>Why {0}&apos;s separation will not go ahead (e.g. the resignation was withdrawn):</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="286"/>
        <location filename="../../ui/screens/handover/page.py" line="300"/>
        <source>应收账款清单报告</source>
        <translation>Receivables list report</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="288"/>
        <source>PDF 文件 (*.pdf);;Excel 文件 (*.xlsx)</source>
        <translation>PDF files (*.pdf);;Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="304"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="304"/>
        <source>已导出到 {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/page.py" line="321"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="202"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="204"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="205"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="206"/>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="207"/>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/employee_tabs.py" line="208"/>
        <source>新值</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../ui/dialogs/holidays.py" line="33"/>
        <source>节假日安排</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/holidays.py" line="35"/>
        <source>放假（休）、调休上班（班）和法定节假日（加班按300%）。日历包没有的年份，请按国务院办公厅的放假通知录入全年的日期；录入的日期优先于日历包。</source>
        <translation>Days off (休), make-up working days (班) and statutory holidays (overtime at 300%). For a year the calendar package does not know, enter the whole year from the State Council&apos;s notice; entered days take precedence over the package.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/holidays.py" line="42"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/holidays.py" line="53"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/holidays.py" line="53"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/holidays.py" line="53"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/holidays.py" line="53"/>
        <source>法定节假日</source>
        <translation>Statutory holiday</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/holidays.py" line="58"/>
        <source>添加一天</source>
        <translation>Add a day</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/holidays.py" line="60"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/holidays.py" line="78"/>
        <source>来源：人工录入</source>
        <translation>Source: entered by hand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/holidays.py" line="79"/>
        <source>来源：chinese-calendar 日历包</source>
        <translation>Source: the chinese-calendar package</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/holidays.py" line="81"/>
        <source>日历包没有{0}年的数据：已列出法定节假日，请按国务院的放假通知补上其余放假日和调休上班日后保存</source>
        <translation>The calendar package has no data for {0}: the statutory holidays are listed; add the other days off and the make-up working days from the State Council&apos;s notice, then save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/holidays.py" line="95"/>
        <source>休（放假）</source>
        <translation>Off (holiday)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/holidays.py" line="96"/>
        <source>班（调休上班）</source>
        <translation>Work (make-up day)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/holidays.py" line="99"/>
        <source>300%</source>
        <translation>300%</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/screens/home.py" line="34"/>
        <source>人工成本</source>
        <translation>Labour cost</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="35"/>
        <source>逾期应收</source>
        <translation>Overdue receivables</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="36"/>
        <source>本月回款达成</source>
        <translation>Collection this month</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="37"/>
        <source>高风险客户</source>
        <translation>High-risk customers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="101"/>
        <source>本月要点</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="107"/>
        <source>需要处理的事项</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="132"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="151"/>
        <source>yyyy年M月d日 dddd</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="153"/>
        <source>今天是 {0}</source>
        <translation>Today is {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="159"/>
        <source>回款风险高：{0} — 风险分 {1}，未收 {2} 元，业务员 {3}</source>
        <translation>High collection risk: {0} — score {1}, {2} yuan outstanding, salesperson {3}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="175"/>
        <source>今天没有需要处理的事项。</source>
        <translation>Nothing needs attention today.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="185"/>
        <source>在职员工</source>
        <translation>Employed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="185"/>
        <location filename="../../ui/screens/home.py" line="186"/>
        <location filename="../../ui/screens/home.py" line="187"/>
        <source>{0} 人</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="186"/>
        <source>其中试用期</source>
        <translation>On probation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="187"/>
        <source>销售人员</source>
        <translation>Salespeople</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="188"/>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="188"/>
        <location filename="../../ui/screens/home.py" line="237"/>
        <source>{0} 家</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="211"/>
        <source>合同与对账函待处理</source>
        <translation>Contracts and letters to handle</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="212"/>
        <location filename="../../ui/screens/home.py" line="238"/>
        <source>{0} 项</source>
        <translation>{0} items</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="214"/>
        <source>合同 {0} 项，对账函 {1} 项</source>
        <translation>{0} contract items, {1} letter items</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="232"/>
        <source>{0} 万元</source>
        <translation>{1} yuan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="235"/>
        <source>{0} 元</source>
        <translation>{0} yuan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="248"/>
        <source>{0} {1}个百分点 较上月</source>
        <translation>{0} {1} points on last month</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="250"/>
        <source>{0} {1} 较上月</source>
        <translation>{0} {1} on last month</translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/kinds.py" line="15"/>
        <source>员工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/kinds.py" line="16"/>
        <source>劳动合同</source>
        <translation>Labour contracts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/kinds.py" line="17"/>
        <source>社保公积金政策</source>
        <translation>Social insurance and housing fund policies</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/kinds.py" line="18"/>
        <source>工资录入</source>
        <translation>Payroll inputs</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/kinds.py" line="19"/>
        <source>损失赔偿</source>
        <translation>Damages owed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/kinds.py" line="20"/>
        <source>期初数据</source>
        <translation>Opening balances</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/kinds.py" line="21"/>
        <source>专项附加扣除</source>
        <translation>Special additional deductions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/kinds.py" line="22"/>
        <source>候选人</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/kinds.py" line="23"/>
        <source>绩效考核</source>
        <translation>Performance appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/kinds.py" line="24"/>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/kinds.py" line="25"/>
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/kinds.py" line="26"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/kinds.py" line="27"/>
        <source>应收单</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/kinds.py" line="28"/>
        <source>银行收款</source>
        <translation>Bank receipts</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="42"/>
        <source>导入向导</source>
        <translation>Import wizard</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="51"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="52"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="53"/>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/wizard.py" line="54"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../ui/screens/imports.py" line="142"/>
        <source>按工号新增或更新；身份证号、银行卡号校验后加密保存</source>
        <translation>Added or updated by employee number; ID and bank card numbers checked, then stored encrypted</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="143"/>
        <source>按合同编号新增或更新；员工须已存在</source>
        <translation>Added or updated by contract number; the employee must exist</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="144"/>
        <source>按城市、项目、生效日期新增或更新；可同时录入该城市的最低工资</source>
        <translation>Added or updated by city, item and date; the city&apos;s minimum wage may come along</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="146"/>
        <source>员工依合同应赔偿的损失；每月最多扣当月工资的20%，且扣后不低于最低工资</source>
        <translation>Losses an employee owes under the contract; at most 20% of a month&apos;s wage is deducted, never below the minimum wage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="149"/>
        <source>按工号和月份录入绩效、加班、请假、补贴扣款、奖金和提成；已审核的月份不能再录入</source>
        <translation>By employee number and month: performance pay, overtime, leave, additions and deductions, bonus and commission; an approved month takes none</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="157"/>
        <source>按姓名和手机号新增或更新；阶段只能按招聘流程向前推进</source>
        <translation>Added or updated by name and mobile; a stage can only move forward in the pipeline</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="158"/>
        <source>按工号和期间（2026-11 或 2026-Q3）新增或更新考核目标与结果</source>
        <translation>Added or updated by employee no. and period (2026-11 or 2026-Q3): targets and results</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="77"/>
        <location filename="../../ui/screens/imports.py" line="180"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="83"/>
        <location filename="../../ui/screens/imports.py" line="181"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="182"/>
        <source>空白模板…</source>
        <translation>Blank template…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="126"/>
        <source>导入时有任何一行出错，整份文件都不会写入；同一文件重复导入不会产生重复数据。</source>
        <translation>If any row is wrong, nothing from the file is written; importing the same file again adds nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="38"/>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="40"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="78"/>
        <source>导入{0}…</source>
        <translation>Import {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="84"/>
        <source>导出{0}…</source>
        <translation>Export {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="119"/>
        <source>导入导出</source>
        <translation>Import/Export</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="123"/>
        <source>人事与薪资</source>
        <translation>HR and payroll</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="124"/>
        <source>应收账款</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="152"/>
        <source>年度中途换用本系统时，按工号录入原系统本年的累计收入、扣除和已预扣税额，本系统接着累计</source>
        <translation>When switching to hrdesk mid-year: per employee number, this year&apos;s cumulative income, deductions and tax withheld by the old system; hrdesk carries on from them</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="155"/>
        <source>按工号录入子女教育、赡养老人等每月扣除和起止月份；检查限额，早于本月的下次发薪补扣</source>
        <translation>Monthly deductions (children&apos;s education, elderly care and the like) per employee number with their first and last months; limits checked, earlier months caught up in the next pay run</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="164"/>
        <source>按客户编码新增或更新；业务员须已存在；地址和统一社会信用代码用于对账函</source>
        <translation>Added or updated by customer code; the salesperson must exist; the address and credit code are printed on confirmation letters</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="167"/>
        <source>应收单按单号导入，已导入的不重复；到期日期不填按客户账期；自动冲抵预收款</source>
        <translation>Invoices by number, never twice; without a due date the customer&apos;s credit days apply; advance payments are applied automatically</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="170"/>
        <source>银行流水直接导入，按流水号识别重复；按付款方名称匹配客户，对不上的进入未匹配收款</source>
        <translation>Bank statements as exported, duplicates recognised by transaction number; customers matched by payer name, the rest go to unmatched receipts</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="207"/>
        <source>空白模板</source>
        <translation>Blank template</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="58"/>
        <location filename="../../ui/screens/imports.py" line="62"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="159"/>
        <source>请假记录记入假期台账；年休假和调休不能超过余额</source>
        <translation>Leave records go to the leave ledger; annual leave and time off in lieu cannot exceed the balance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="161"/>
        <source>按月份导入钉钉月度汇总、企业微信每日统计或打卡记录、或考勤模板；整月替换，计入工资录入</source>
        <translation>A month of DingTalk monthly summary, WeCom daily statistics or punch records, or the attendance template; replaces the whole month and feeds payroll inputs</translation>
    </message>
    <message>
        <location filename="../../ui/screens/imports.py" line="59"/>
        <source>已导出 {0} 行到 {1}</source>
        <translation>Exported {0} rows to {1}</translation>
    </message>
</context>
<context>
    <name>KeyExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/keys.py" line="18"/>
        <source>导出密钥</source>
        <translation>Export key</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys.py" line="20"/>
        <source>身份证号和银行卡号用本机保存的密钥加密，备份文件里没有这把密钥。导出的密钥文件用口令保护：请把它和口令分开保存（例如密钥文件放U盘，口令记在纸上），并与备份分开存放。</source>
        <translation>ID and bank card numbers are encrypted with a key kept on this PC; backups do not contain it. The exported key file is protected by a passphrase: keep the file and the passphrase apart (say, the file on a USB stick, the passphrase on paper), and both apart from the backups.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys.py" line="24"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys.py" line="30"/>
        <source>密钥文件</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys.py" line="31"/>
        <source>口令（至少8位）</source>
        <translation>Passphrase (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys.py" line="32"/>
        <source>再次输入口令</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys.py" line="38"/>
        <source>两次输入的口令不一致</source>
        <translation>The two passphrases differ</translation>
    </message>
</context>
<context>
    <name>KeyImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/keys.py" line="54"/>
        <source>导入密钥</source>
        <translation>Import key</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys.py" line="55"/>
        <source>输入导出密钥时设定的口令。密钥只保存在本机的系统凭据管理器中。</source>
        <translation>Enter the passphrase set when the key was exported. The key is kept only in this PC&apos;s credential store.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys.py" line="56"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys.py" line="61"/>
        <source>密钥文件</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys.py" line="62"/>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>LeaveAdjustDialog</name>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="24"/>
        <source>年休假结转</source>
        <translation>Carry over annual leave</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="24"/>
        <source>假期作废</source>
        <translation>Let leave lapse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="25"/>
        <source>经员工同意，当年未休的年休假可以跨一个年度安排（实施办法第9条）。</source>
        <translation>With the employee&apos;s agreement, unused annual leave may be taken in the next year (Implementing Measures, Art. 9).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="28"/>
        <source>因员工本人原因未休或书面放弃的天数作废；请写明原因，它会记入台账和审计记录。</source>
        <translation>Days not taken for the employee&apos;s own reasons, or waived in writing, lapse; state the reason: it goes to the ledger and the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="33"/>
        <source>员工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="34"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="38"/>
        <source>假期类型</source>
        <translation>Leave type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="40"/>
        <source>半天写0.5</source>
        <translation>Half a day: 0.5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="41"/>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="44"/>
        <source>如“员工同意跨年安排”</source>
        <translation>e.g. &apos;employee agreed to take it next year&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="44"/>
        <source>如“员工书面放弃”</source>
        <translation>e.g. &apos;employee waived it in writing&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="46"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="46"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="58"/>
        <source>天数不是数字</source>
        <translation>Days is not a number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="68"/>
        <source>{0}年{1}余额 {2} 天</source>
        <translation>{0} {1} balance {2} days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="71"/>
        <source>将写入：{0}年年休假 −{1} 天（余额 {2} → {3} 天），{4}年年休假 +{1} 天；记入审计记录</source>
        <translation>Will write: {0} annual leave −{1} days (balance {2} → {3} days), {4} annual leave +{1} days; recorded in the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="73"/>
        <source>将写入：{0}年{1} −{2} 天作废（余额 {3} → {4} 天）；记入审计记录</source>
        <translation>Will write: {0} {1} −{2} days lapsed (balance {3} → {4} days); recorded in the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_adjust.py" line="89"/>
        <source>{0} {1}：{2}。确定吗？</source>
        <translation>{0} {1}: {2}. Go ahead?</translation>
    </message>
</context>
<context>
    <name>LeavePage</name>
    <message>
        <location filename="../../ui/screens/leave.py" line="38"/>
        <location filename="../../ui/screens/leave.py" line="161"/>
        <source>休假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="52"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="61"/>
        <source>登记请假…</source>
        <translation>Record leave…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="62"/>
        <source>年休假结转…</source>
        <translation>Carry over annual leave…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="63"/>
        <source>假期作废…</source>
        <translation>Let leave lapse…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="64"/>
        <source>导出余额表…</source>
        <translation>Export balances…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="65"/>
        <source>假期类型…</source>
        <translation>Leave types…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="77"/>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="78"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="79"/>
        <source>累计工作年限</source>
        <translation>Years of work</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="80"/>
        <source>年休假应休</source>
        <translation>Annual leave due</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="81"/>
        <source>年休假已休</source>
        <translation>Annual leave taken</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="82"/>
        <source>年休假剩余</source>
        <translation>Annual leave left</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="83"/>
        <source>调休余额</source>
        <translation>Time off in lieu</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="84"/>
        <source>计算依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="96"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="97"/>
        <source>假期</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="98"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="99"/>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="100"/>
        <source>余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="101"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="109"/>
        <source>选中一名员工，查看余额的每一笔来历</source>
        <translation>Select an employee to see every entry behind the balance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="134"/>
        <source>{0} {1} 的年休假和调休台账（{2}年）</source>
        <translation>Annual leave and time-off ledger of {0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="161"/>
        <source>请先选中一名员工</source>
        <translation>Select an employee first</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="170"/>
        <source>导出假期余额</source>
        <translation>Export leave balances</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="170"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="179"/>
        <location filename="../../ui/screens/leave.py" line="181"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="179"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/leave.py" line="181"/>
        <source>已导出 {0} 人到 {1}</source>
        <translation>Exported {0} people to {1}</translation>
    </message>
</context>
<context>
    <name>LeaveRequestDialog</name>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="27"/>
        <source>登记请假</source>
        <translation>Record leave</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="28"/>
        <source>年休假、婚丧假等按工作日计（不含周末和法定节假日），产假按自然日计。</source>
        <translation>Annual, marriage and bereavement leave count working days (weekends and statutory holidays excluded); maternity leave counts calendar days.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="36"/>
        <source>员工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="42"/>
        <source>，{0}{1}天</source>
        <translation>, {1} days {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="45"/>
        <source>假期类型</source>
        <translation>Leave type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="50"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="51"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="53"/>
        <source>不填按日历计算；半天写0.5</source>
        <translation>Empty: counted by the calendar; half a day is 0.5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="54"/>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="56"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="76"/>
        <source>天数不是数字</source>
        <translation>Days is not a number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="87"/>
        <source>结束日期早于开始日期</source>
        <translation>The end date is before the start date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="102"/>
        <source>本次 {0} 天</source>
        <translation>This leave: {0} days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="104"/>
        <source>；{0}</source>
        <translation>; {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="107"/>
        <source>；{0}年{1}余额 {2} 天，登记后剩余 {3} 天</source>
        <translation>; {1} balance for {0}: {2} days, {3} days left after this</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_request.py" line="111"/>
        <source>（余额不足）</source>
        <translation> (not enough left)</translation>
    </message>
</context>
<context>
    <name>LeaveTypesDialog</name>
    <message>
        <location filename="../../ui/dialogs/leave_types.py" line="36"/>
        <source>假期类型</source>
        <translation>Leave types</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_types.py" line="41"/>
        <source>法定假期的天数可按本省规定增加（如广东婚假13天、产假178天），不能少于法定天数；事假无薪。公司可新增自己的假期（如育儿假），带薪或无薪，按工作日计，单位为天；不再使用的可停用，已登记的记录保留。超出天数的请假须在备注中写明依据。每次修改都记入变更记录。</source>
        <translation>A statutory leave&apos;s days may be raised to your province&apos;s (e.g. Guangdong: marriage leave 13 days, maternity leave 178), never below the law&apos;s; personal leave is unpaid. The company may add its own types (e.g. childcare leave), paid or unpaid, counted in working days; a type no longer used can be stopped and its records stay. A request beyond a type&apos;s days needs its reason in the note. Every change is kept in the change log.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_types.py" line="52"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_types.py" line="53"/>
        <source>待遇</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_types.py" line="54"/>
        <source>计算</source>
        <translation>Counts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_types.py" line="55"/>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_types.py" line="56"/>
        <source>按</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_types.py" line="57"/>
        <source>法定最少</source>
        <translation>Legal minimum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_types.py" line="58"/>
        <source>依据/说明</source>
        <translation>Source / note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_types.py" line="59"/>
        <source>停用</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_types.py" line="75"/>
        <source>新增公司假期</source>
        <translation>Add a company type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_types.py" line="84"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_types.py" line="86"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_types.py" line="127"/>
        <source>公司规定</source>
        <translation>Company rule</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_types.py" line="151"/>
        <source>第{0}行 {1}：天数“{2}”应为整数</source>
        <translation>Row {0} {1}: days &quot;{2}&quot; must be a whole number</translation>
    </message>
</context>
<context>
    <name>LetterFiles</name>
    <message>
        <location filename="../../ui/screens/letters/files.py" line="58"/>
        <location filename="../../ui/screens/letters/files.py" line="66"/>
        <location filename="../../ui/screens/letters/files.py" line="89"/>
        <source>生成对账函</source>
        <translation>Generate letters</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/files.py" line="59"/>
        <source>正在生成对账函…</source>
        <translation>Generating letters…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/files.py" line="75"/>
        <source>以下客户在该截止日已有对账函，未重复生成（可选中后重新打印或重新出具）：{0}</source>
        <translation>These customers already have a letter for that date, so none was made again (select one to reprint or reissue it): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/files.py" line="78"/>
        <source>所选客户在截止日都没有未结余额</source>
        <translation>None of these customers had a balance on that date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/files.py" line="80"/>
        <source>已生成 {0} 封对账函，保存在 {1}</source>
        <translation>{0} letters generated in {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/files.py" line="84"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/files.py" line="87"/>
        <source>
已生成的 {0} 封对账函已保存在列表中（编号不会重复使用），可选中后重新打印。</source>
        <translation>
The {0} letters generated are kept in the list (their numbers are not reused); select them to print again.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/files.py" line="102"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/files.py" line="102"/>
        <source>正在生成 PDF…</source>
        <translation>Writing PDFs…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/files.py" line="111"/>
        <location filename="../../ui/screens/letters/files.py" line="117"/>
        <source>重新出具对账函</source>
        <translation>Reissue letter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/files.py" line="130"/>
        <source>原函 {0} 已作废</source>
        <translation>the old letter {0} is voided</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/files.py" line="132"/>
        <source>原函 {0} 保留（{1}），由新函取代</source>
        <translation>the old letter {0} is kept ({1}) and superseded by the new one</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/files.py" line="133"/>
        <source>已重新出具：新对账函 {0}（截至 {1}）；{2}</source>
        <translation>Reissued: new letter {0} (as of {1}); {2}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/files.py" line="143"/>
        <location filename="../../ui/screens/letters/files.py" line="152"/>
        <location filename="../../ui/screens/letters/files.py" line="164"/>
        <source>回函扫描件</source>
        <translation>Reply scan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/files.py" line="145"/>
        <source>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="69"/>
        <source>对账函</source>
        <translation>Confirmation letters</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="87"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="91"/>
        <source>全部业务员</source>
        <translation>All salespeople</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="111"/>
        <location filename="../../ui/screens/letters/page.py" line="182"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="113"/>
        <location filename="../../ui/screens/letters/page.py" line="179"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="130"/>
        <source>生成对账函…</source>
        <translation>Generate letters…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="131"/>
        <source>重新打印…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="132"/>
        <source>同一编号、同一内容，再打印一份</source>
        <translation>The same number and the same content, printed again</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="150"/>
        <source>重新出具…</source>
        <translation>Reissue…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="153"/>
        <source>按新的截止日期给该客户出一封新编号的对账函；原函未送达的作废，已送达或已回函的保留</source>
        <translation>A new letter with a new number for this customer as of a new date; the old letter is voided if it has not reached the customer, kept if it was delivered or answered</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="133"/>
        <source>登记寄出…</source>
        <translation>Record sending…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="77"/>
        <source>导出清单…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="78"/>
        <source>把列表中显示的对账函保存为 Excel</source>
        <translation>Save the letters listed as an Excel file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="104"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="106"/>
        <source>回函期限</source>
        <translation>Reply within</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="108"/>
        <source>寄出后多少天未回函，列为“未回函”并在首页提醒</source>
        <translation>Days after sending without a reply before a letter counts as unanswered and shows on Home</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="115"/>
        <source>截止日期不早于</source>
        <translation>As of on or after</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="134"/>
        <source>登记送达…</source>
        <translation>Record delivery…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="135"/>
        <source>登记回函…</source>
        <translation>Record reply…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="156"/>
        <source>查看回函扫描件</source>
        <translation>Open reply scan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="157"/>
        <source>附扫描件…</source>
        <translation>Attach scan…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="158"/>
        <source>处理差异…</source>
        <translation>Resolve difference…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="159"/>
        <source>撤销回函…</source>
        <translation>Take back reply…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="160"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="176"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="177"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="178"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="180"/>
        <source>截止日期</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="181"/>
        <source>余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="183"/>
        <source>寄出日期</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="184"/>
        <source>方式</source>
        <translation>Way</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="185"/>
        <source>单号</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="186"/>
        <source>送达日期</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="187"/>
        <source>送达凭证</source>
        <translation>Proof of delivery</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="188"/>
        <source>回函日期</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="189"/>
        <source>客户确认余额</source>
        <translation>Customer&apos;s balance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="190"/>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="191"/>
        <source>扫描件</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="226"/>
        <source>共 {0} 封；未回函 {1} 封，差异待处理 {2} 封。按住 Ctrl 或 Shift 可选多封一起打印或登记寄出。</source>
        <translation>{0} letters; {1} unanswered, {2} differences to resolve. Hold Ctrl or Shift to print or record sending for several.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="270"/>
        <source>对账函清单-{0}.xlsx</source>
        <translation>confirmation-letters-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="273"/>
        <location filename="../../ui/screens/letters/page.py" line="276"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="276"/>
        <source>已导出 {0} 封到 {1}</source>
        <translation>Exported {0} letters to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="283"/>
        <source>未回函提醒天数</source>
        <translation>Days until unanswered</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="326"/>
        <location filename="../../ui/screens/letters/page.py" line="336"/>
        <source>撤销回函</source>
        <translation>Take back reply</translation>
    </message>
    <message>
        <location filename="../../ui/screens/letters/page.py" line="327"/>
        <source>{0} 的回函将退回“已寄出”，回函相符记下的时效中断一并撤销。原因：</source>
        <translation>The reply to {0} goes back to “sent”; a confirmed reply&apos;s acknowledgement is withdrawn too. Reason:</translation>
    </message>
</context>
<context>
    <name>LimitationTab</name>
    <message>
        <location filename="../../ui/screens/receivables/limitation_tab.py" line="29"/>
        <source>诉讼时效三年，自到期日起算；客户付款、签回对账函、公司书面催款或签订还款计划后重新起算（民法典第188、195条）。下列客户的时效即将届满，或逾期超过一年且到期后没有任何记录。</source>
        <translation>The limitation period is three years from the due date and restarts with a payment, a signed confirmation, a written demand or a repayment plan (Civil Code Arts. 188, 195). These customers&apos; periods end soon, or they are over a year overdue with nothing on file.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/limitation_tab.py" line="34"/>
        <source>登记对账/催款…</source>
        <translation>Record confirmation/demand…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/limitation_tab.py" line="44"/>
        <location filename="../../ui/screens/receivables/limitation_tab.py" line="75"/>
        <source>提前提醒天数</source>
        <translation>Warn this many days ahead</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/limitation_tab.py" line="48"/>
        <source>时效届满日</source>
        <translation>Period ends</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/limitation_tab.py" line="49"/>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/limitation_tab.py" line="50"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/limitation_tab.py" line="51"/>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/limitation_tab.py" line="52"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/limitation_tab.py" line="53"/>
        <source>未收余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/limitation_tab.py" line="54"/>
        <source>最早到期日</source>
        <translation>Oldest due date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/limitation_tab.py" line="55"/>
        <source>最近中断事由</source>
        <translation>Last event</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/limitation_tab.py" line="56"/>
        <source>最近中断日期</source>
        <translation>Last event date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/limitation_tab.py" line="57"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="45"/>
        <source>登录 hrdesk</source>
        <translation>Sign in to hrdesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="42"/>
        <source>请输入用户名和密码。</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="44"/>
        <source>这是演示数据库：用户名 demo，密码 demo。</source>
        <translation> This is a demo database: user demo, password demo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="48"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="49"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>LossDialog</name>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="43"/>
        <source>登记损失 — {0} {1}</source>
        <translation>Record a loss — {0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="45"/>
        <source>员工本人原因造成、依合同应赔偿的损失。每月最多扣当月工资的20%，扣后不低于当地最低工资，其余顺延。客户未付款不是员工的损失。</source>
        <translation>A loss the employee caused and owes under the contract. At most 20% of a month&apos;s wage is deducted, never below the local minimum wage; the rest carries on. A customer&apos;s unpaid invoice is not the employee&apos;s loss.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="56"/>
        <source>发生日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="57"/>
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="58"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="59"/>
        <source>凭证说明</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source> [演示数据]</source>
        <translation> [demo data]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>用户：{0}（{1}）</source>
        <translation>User: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>新建数据库…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>备份…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>恢复…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>导出密钥…</source>
        <translation>Export key…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>导入密钥…</source>
        <translation>Import key…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>关于 hrdesk</source>
        <translation>About hrdesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <location filename="../../ui/main_window.py" line="212"/>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>数据库 (*.db)</source>
        <translation>Database (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>该文件已存在，请用“打开数据库”。</source>
        <translation>That file exists already; use “Open database”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>您的角色无权备份或恢复数据。</source>
        <translation>Your role may not back up or restore data.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>服务器数据库请用数据库自带的工具备份和恢复（如 pg_dump）。</source>
        <translation>Back up and restore a server database with its own tools (such as pg_dump).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <location filename="../../ui/main_window.py" line="228"/>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>已备份到 {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>自动备份</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>备份失败</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>已备份到 {0}

{1}</source>
        <translation>Backed up to {0}

{1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>导出密钥到</source>
        <translation>Export the key to</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>密钥文件 (*.key)</source>
        <translation>Key files (*.key)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>导出密钥</source>
        <translation>Export key</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>已导出到 {0}（密钥指纹 {1}）。请与备份分开保存，并记住口令。</source>
        <translation>Exported to {0} (key fingerprint {1}). Keep it apart from the backups, and remember the passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>选择密钥文件</source>
        <translation>Choose the key file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>导入密钥</source>
        <translation>Import key</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>密钥已导入。</source>
        <translation>The key has been imported.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>缺少加密密钥</source>
        <translation>Encryption key missing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>已自动备份到 {0}</source>
        <translation>Backed up automatically to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>自动备份失败：{0}</source>
        <translation>Automatic backup failed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>已删除 {0} 名超过保存期限的未录用候选人的个人信息</source>
        <translation>Deleted the personal data of {0} candidates not hired and kept past the retention period</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <location filename="../../ui/main_window.py" line="319"/>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>选择要恢复的备份</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>用备份替换当前数据库？

备份文件：{0}
文件时间：{1:%Y-%m-%d %H:%M}
最后一次修改：{2}（UTC）
员工：{3} 人&#x3000;客户：{4} 家&#x3000;应收单：{5} 张
最近的工资月份：{6}

当前数据库会另存一份在原位置旁边。</source>
        <translation>Replace the current database with this backup?

Backup file: {0}
File time: {1:%Y-%m-%d %H:%M}
Last change: {2} (UTC)
Employees: {3}  Customers: {4}  Invoices: {5}
Latest pay month: {6}

The current database is kept beside the original.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>已恢复；原数据库保留为 {0}</source>
        <translation>Restored; the replaced database is kept as {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>hrdesk {0}
中小企业人事、薪资与应收账款管理

日志文件夹：{1}</source>
        <translation>hrdesk {0}
HR, payroll and receivables for small businesses

Log folder: {1}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="99"/>
        <source>列对应</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="102"/>
        <source>为每一列选择文件中的对应列；红色为必填列。可把这套对应关系保存下来，下次直接选用。</source>
        <translation>Choose the file&apos;s column for each column; red ones are required. Save the choice to use it again next time.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="106"/>
        <source>hrdesk 的列</source>
        <translation>hrdesk column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="106"/>
        <source>文件中的列</source>
        <translation>File column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="110"/>
        <source>映射名称，如“银行导出格式”</source>
        <translation>Mapping name, such as “bank export”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="111"/>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="147"/>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="155"/>
        <source>保存映射</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="130"/>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="147"/>
        <source>请先填写映射名称</source>
        <translation>Enter a name for the mapping first</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="155"/>
        <source>已保存映射“{0}”</source>
        <translation>Mapping “{0}” saved</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../ui/dialogs/users.py" line="21"/>
        <source>新增用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="22"/>
        <source>销售经理只能看到应收账款，看不到工资。</source>
        <translation>Sales managers see receivables only, never wages.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="33"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="34"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="35"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="36"/>
        <source>初始密码（至少8位）</source>
        <translation>Initial password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="37"/>
        <source>再次输入密码</source>
        <translation>Repeat the password</translation>
    </message>
</context>
<context>
    <name>OnboardingChecklist</name>
    <message>
        <location filename="../../ui/screens/onboarding_checklist.py" line="35"/>
        <source>新员工入职清单（劳动合同法第10、82条，社会保险法第58条）</source>
        <translation>New employees&apos; first-month checklist (Labour Contract Law Art. 10, 82; Social Insurance Law Art. 58)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/onboarding_checklist.py" line="38"/>
        <source>标记完成</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../ui/screens/onboarding_checklist.py" line="39"/>
        <source>合同草稿…</source>
        <translation>Contract draft…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/onboarding_checklist.py" line="40"/>
        <source>打开员工档案</source>
        <translation>Open employee</translation>
    </message>
    <message>
        <location filename="../../ui/screens/onboarding_checklist.py" line="46"/>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/onboarding_checklist.py" line="47"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/onboarding_checklist.py" line="48"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/onboarding_checklist.py" line="49"/>
        <source>截止日期</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/screens/onboarding_checklist.py" line="50"/>
        <source>依据</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location filename="../../ui/screens/onboarding_checklist.py" line="68"/>
        <source>请选择</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../ui/screens/onboarding_checklist.py" line="68"/>
        <source>请先在入职清单中选中一项。</source>
        <translation>Select a checklist item first.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/onboarding_checklist.py" line="75"/>
        <source>保存劳动合同草稿</source>
        <translation>Save contract draft</translation>
    </message>
    <message>
        <location filename="../../ui/screens/onboarding_checklist.py" line="75"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/onboarding_checklist.py" line="82"/>
        <source>合同草稿</source>
        <translation>Contract draft</translation>
    </message>
    <message>
        <location filename="../../ui/screens/onboarding_checklist.py" line="96"/>
        <source>入职清单</source>
        <translation>Onboarding checklist</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/open_database.py" line="44"/>
        <location filename="../../ui/dialogs/open_database.py" line="99"/>
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_database.py" line="48"/>
        <source>最近打开（双击打开）</source>
        <translation>Opened recently (double-click to open)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_database.py" line="54"/>
        <source>打开所选</source>
        <translation>Open selected</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_database.py" line="56"/>
        <source>浏览本机文件…</source>
        <translation>Browse files on this PC…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_database.py" line="66"/>
        <source>连接服务器</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_database.py" line="66"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_database.py" line="70"/>
        <source>连接服务器（PostgreSQL，多人同时使用）</source>
        <translation>Connect to a server (PostgreSQL, for several seats)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_database.py" line="73"/>
        <source>如 192.168.1.10 或 nas.office</source>
        <translation>e.g. 192.168.1.10 or nas.office</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_database.py" line="79"/>
        <source>在本机凭据管理器中记住密码</source>
        <translation>Remember the password in this PC&apos;s credential store</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_database.py" line="82"/>
        <source>服务器</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_database.py" line="83"/>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_database.py" line="84"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_database.py" line="85"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_database.py" line="86"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/open_database.py" line="99"/>
        <source>数据库 (*.db)</source>
        <translation>Database (*.db)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/pages.py" line="33"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="36"/>
        <source>员工</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="42"/>
        <source>合同</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="48"/>
        <source>薪资</source>
        <translation>Payroll</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="54"/>
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="59"/>
        <source>休假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="63"/>
        <source>应收账款</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="69"/>
        <source>对账函</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="75"/>
        <source>离职交接</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="80"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="83"/>
        <source>招聘</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="89"/>
        <source>绩效</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="95"/>
        <source>导入导出</source>
        <translation>Import/Export</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="100"/>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="102"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>PayrollFiles</name>
    <message>
        <location filename="../../ui/screens/payroll/files.py" line="30"/>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/files.py" line="30"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/files.py" line="39"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/files.py" line="41"/>
        <source>已导出 {0} 人到 {1}</source>
        <translation>Exported {0} people to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/files.py" line="52"/>
        <source>代发文件</source>
        <translation>Bank file</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/files.py" line="56"/>
        <source>工资条保存到</source>
        <translation>Save payslips to</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/files.py" line="67"/>
        <location filename="../../ui/screens/payroll/files.py" line="69"/>
        <source>工资条</source>
        <translation>Payslips</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/files.py" line="67"/>
        <source>正在生成工资条…</source>
        <translation>Making payslips…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/files.py" line="75"/>
        <source>已生成全部工资条（每张A4两份）：{0}</source>
        <translation>All payslips made, two to each A4 sheet: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/files.py" line="76"/>
        <source>已生成 {0} 份到 {1}</source>
        <translation>Made {0} payslips in {1}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/files.py" line="92"/>
        <source>打印工资条</source>
        <translation>Print payslips</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/files.py" line="92"/>
        <source>正在准备打印…</source>
        <translation>Preparing to print…</translation>
    </message>
</context>
<context>
    <name>PayrollGrid</name>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="23"/>
        <source>绩效工资</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="24"/>
        <source>提成</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="25"/>
        <source>工作日加班(时)</source>
        <translation>Overtime workday (h)</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="26"/>
        <source>休息日加班(时)</source>
        <translation>Overtime rest day (h)</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="27"/>
        <source>节假日加班(时)</source>
        <translation>Overtime holiday (h)</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="28"/>
        <source>事假(天)</source>
        <translation>Personal leave (d)</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="29"/>
        <source>病假(天)</source>
        <translation>Sick leave (d)</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="30"/>
        <source>其他补贴</source>
        <translation>Other additions</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="31"/>
        <source>其他扣款</source>
        <translation>Other deductions</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="32"/>
        <source>全年一次性奖金</source>
        <translation>Annual bonus</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="36"/>
        <source>应发工资</source>
        <translation>Gross</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="38"/>
        <source>个人社保公积金</source>
        <translation>Employee contributions</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="41"/>
        <source>个人所得税</source>
        <translation>Income tax</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="42"/>
        <source>年终奖个税</source>
        <translation>Bonus tax</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="43"/>
        <source>实发工资</source>
        <translation>Net pay</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="46"/>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="47"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/payroll_grid.py" line="48"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
</context>
<context>
    <name>PayrollPage</name>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="82"/>
        <source>计算</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="83"/>
        <source>审核并锁定</source>
        <translation>Approve and lock</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="84"/>
        <location filename="../../ui/screens/payroll/page.py" line="306"/>
        <source>标记已发放</source>
        <translation>Mark as paid</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="99"/>
        <source>工资表…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="101"/>
        <source>代发文件…</source>
        <translation>Bank file…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="100"/>
        <source>个税申报表…</source>
        <translation>Tax file…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="102"/>
        <source>工资条…</source>
        <translation>Payslips…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="103"/>
        <source>打印工资条…</source>
        <translation>Print payslips…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="104"/>
        <source>发送工资条邮件…</source>
        <translation>E-mail payslips…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="95"/>
        <source>登记损失…</source>
        <translation>Record loss…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="96"/>
        <source>更正调整…</source>
        <translation>Adjustment…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="97"/>
        <source>奖金计税方式…</source>
        <translation>Bonus tax method…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="98"/>
        <source>期初与扣除…</source>
        <translation>Opening balances and deductions…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="85"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="142"/>
        <source>选中一名员工，这里逐项说明他的工资和个税。</source>
        <translation>Select an employee: their pay and tax are explained here line by line.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="225"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="245"/>
        <source>{0} 人&#x3000;应发合计 {1}&#x3000;实发合计 {2}</source>
        <translation>{0} people   gross {1}   net {2}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="249"/>
        <source>&#x3000;&#x3000;黄色：实发比上月变动超过20%的 {0} 人</source>
        <translation>   yellow: {0} whose net pay moved more than 20% from last month</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="262"/>
        <source>不能修改</source>
        <translation>Cannot change</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="270"/>
        <source>计算后在这里逐项说明所选员工的工资。</source>
        <translation>Once calculated, the selected employee&apos;s pay is explained here line by line.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="286"/>
        <source>正在计算…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="295"/>
        <source>计算完成，请核对</source>
        <translation>Calculated; please check</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="285"/>
        <source>计算失败</source>
        <translation>Calculation failed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="169"/>
        <source>工资表</source>
        <translation>Payroll register</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="170"/>
        <source>个税申报表</source>
        <translation>Tax return</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="299"/>
        <source>审核后 {0} 工资将锁定，不能再修改，更正只能在以后的月份调整。继续？</source>
        <translation>Once approved, {0} is locked and cannot change; corrections go into a later month. Go on?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="301"/>
        <location filename="../../ui/screens/payroll/page.py" line="303"/>
        <source>审核</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="323"/>
        <source>请选择员工</source>
        <translation>Choose an employee</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="323"/>
        <source>请先在表格中选中一名员工。</source>
        <translation>Select an employee in the grid first.</translation>
    </message>
</context>
<context>
    <name>PayrollStatus</name>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="38"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="39"/>
        <source>已计算</source>
        <translation>Calculated</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="40"/>
        <source>已审核</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/screens/payroll/page.py" line="41"/>
        <source>已发放</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>PayslipMailDialog</name>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="95"/>
        <source>发送工资条邮件 — {0}</source>
        <translation>E-mail payslips — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="100"/>
        <source>把已审核月份的工资条发到每名员工的邮箱，PDF 用身份证号后六位加密。已经成功发送的不会再发；没有邮箱或发送失败的会列出。</source>
        <translation>Sends an approved month&apos;s payslips to each employee&apos;s e-mail, each PDF locked with the last six characters of the ID number. What was sent is not sent again; employees without an address or whose message failed are listed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="109"/>
        <source>邮件服务器…</source>
        <translation>Mail server…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="114"/>
        <source>已发送过的也重新发送（员工说没收到时）</source>
        <translation>Send again to those already sent (when someone says it never arrived)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="118"/>
        <source>发送结果显示在这里。</source>
        <translation>The result appears here.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="120"/>
        <source>发送</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="120"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="129"/>
        <source>服务器：{0}:{1}（{2}），发件人 {3}</source>
        <translation>Server: {0}:{1} ({2}), sender {3}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="133"/>
        <source>尚未设置邮件服务器</source>
        <translation>No mail server set yet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="135"/>
        <source>本月已成功发送 {0} 封</source>
        <translation>{0} sent for this month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="157"/>
        <source>发送工资条</source>
        <translation>Send payslips</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="158"/>
        <source>正在发送工资条…</source>
        <translation>Sending payslips…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="167"/>
        <source>部分未发送</source>
        <translation>Some not sent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="168"/>
        <source>{0} 名员工未收到工资条，见列表。</source>
        <translation>{0} employees did not get their payslip; see the list.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="173"/>
        <source>已取消；已发出的已记录，再次发送时不会重复。</source>
        <translation>Cancelled; what was sent is logged and will not be sent again.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <location filename="../../ui/terms.py" line="269"/>
        <source>累计工作不满一年（{date}满一年），当年没有年休假</source>
        <translation>Less than a year of work (a year on {date}): no annual leave this year</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="270"/>
        <source>{day}离职，此前累计工作未满一年，当年没有年休假</source>
        <translation>Left on {day} before a year of work: no annual leave this year</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="271"/>
        <source>当年未在本单位工作</source>
        <translation>Did not work here this year</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="272"/>
        <source>累计工作{years}年，全年{days}天</source>
        <translation>{years} years of work: {days} days for the year</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="273"/>
        <source>{why}折算：{start}至{until}共{counted}天 ÷ 365 × {full}天 = {days}天（不足一天不计）</source>
        <translation>{why}, pro rata: {start} to {until}, {counted} days ÷ 365 × {full} days = {days} days (part days not counted)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="316"/>
        <source>期间回款目标与实际回款（万元，回款最多的{people}人）</source>
        <translation>Collection target and actual for the period (10k yuan, the {people} who collected most)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="317"/>
        <source>DSO 按倒推法：从月末余额起逐月减去当月开票额、计当月日历天数，最后一个月按比例折算；最多倒推{months}个月，余额超过{months}个月开票额时显示为空。</source>
        <translation>DSO by the count-back method: from the month-end balance, each month&apos;s invoicing is taken off and its calendar days counted, the last month pro rata; at most {months} months back, blank when the balance is more than {months} months of invoicing.</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="321"/>
        <source>{year}年（截止日期所在年度）台账合计，与“假期余额”导出相同：年休假应休 = 当年发放 + 上年结转；已休含期初数据；剩余 = 应休 − 已休 − 作废；含已登记的全部请假（包括截止日期之后的）；部门按员工当前所属部门。</source>
        <translation>{year} (the year of the as-of date) ledger totals, as in the leave balance export: annual leave due = granted this year + carried over; taken includes opening balances; left = due − taken − lapsed; every recorded leave counts (also after the as-of date); departments as the employees are in now.</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="325"/>
        <source>风险分 0–100：各因素按客户自身历史归一到 0–1，乘以权重；高 ≥ {high}，中 ≥ {medium}。右侧各列为该因素在风险分中所占的分数。</source>
        <translation>Risk score 0–100: each factor is scaled to 0–1 on the customer&apos;s own history and weighted; high ≥ {high}, medium ≥ {medium}. The columns on the right are each factor&apos;s points in the score.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="22"/>
        <source>社保公积金政策</source>
        <translation>Social insurance policy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="40"/>
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="41"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="42"/>
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="43"/>
        <source>个人比例</source>
        <translation>Employee rate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="44"/>
        <source>单位比例</source>
        <translation>Employer rate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="45"/>
        <source>基数下限</source>
        <translation>Base floor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="46"/>
        <source>基数上限</source>
        <translation>Base cap</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="47"/>
        <source>个人固定金额</source>
        <translation>Fixed employee amount</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="48"/>
        <source>舍入方式</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="49"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="55"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="55"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="72"/>
        <source>城市、比例和基数上下限都要填写</source>
        <translation>City, rates and base floor and cap are all needed</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="22"/>
        <source>检查结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="27"/>
        <source>将写入的考勤（天数、小时数按存储时的精度）：</source>
        <translation>Attendance to be written (days and hours as stored):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="31"/>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="49"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="32"/>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="33"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="34"/>
        <source>出勤天数</source>
        <translation>Days attended</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="35"/>
        <source>事假天数</source>
        <translation>Personal leave days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="36"/>
        <source>病假天数</source>
        <translation>Sick leave days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="37"/>
        <source>其他假天数</source>
        <translation>Other leave days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="38"/>
        <source>旷工天数</source>
        <translation>Absent days</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="39"/>
        <source>迟到次数</source>
        <translation>Times late</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="40"/>
        <source>工作日加班小时</source>
        <translation>Workday overtime hours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="41"/>
        <source>休息日加班小时</source>
        <translation>Rest-day overtime hours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="42"/>
        <source>节假日加班小时</source>
        <translation>Holiday overtime hours</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="43"/>
        <source>转调休小时</source>
        <translation>Overtime hours to time off</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="47"/>
        <source>问题和提醒：</source>
        <translation>Problems and reminders:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="49"/>
        <source>列名</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="49"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="51"/>
        <source>把问题清单保存为 Excel…</source>
        <translation>Save the problems as Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="55"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="60"/>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="67"/>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="66"/>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="70"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="103"/>
        <source>检查通过：{0}。点“导入”写入。</source>
        <translation>All good: {0}. Press “Import” to write.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="105"/>
        <source> 另有 {0} 条提醒，不影响导入。</source>
        <translation> {0} warnings besides, which do not stop the import.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="108"/>
        <source>有 {0} 处问题，不能导入；改正文件后重新选择。没有写入任何数据。</source>
        <translation>{0} problems: cannot import. Correct the file and choose it again. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="114"/>
        <source>识别为“{0}”格式（工作表“{1}”）</source>
        <translation>recognised as &apos;{0}&apos; (sheet &apos;{1}&apos;)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="116"/>
        <source>未能识别文件格式</source>
        <translation>file layout not recognised</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="118"/>
        <source>{0} 考勤：{1}。</source>
        <translation>{0} attendance: {1}. </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="128"/>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="134"/>
        <source>保存问题清单</source>
        <translation>Save the problem list</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/check_pages.py" line="130"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ReallocateDialog</name>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="74"/>
        <source>重新核销 — {0}</source>
        <translation>Re-allocate — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="76"/>
        <source>收款 {0} 元（{1}）。填写这笔钱核销到各张应收单的金额，未分配的部分留作客户预收款。</source>
        <translation>Receipt of {0} yuan ({1}). Enter how much pays each invoice; what is left stays as the customer&apos;s credit.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="86"/>
        <source>应收单号</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="86"/>
        <source>到期日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="86"/>
        <source>可核销余额</source>
        <translation>Open balance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="86"/>
        <source>本次核销</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="95"/>
        <source>如：客户来函指定支付某张发票</source>
        <translation>e.g. the customer wrote to name the invoice paid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="97"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="102"/>
        <source>搜索付款方、客户或流水号</source>
        <translation>Search payer, customer or transaction no.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="105"/>
        <source>重新核销…</source>
        <translation>Re-allocate…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="111"/>
        <source>交易日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="112"/>
        <source>流水号</source>
        <translation>Transaction no.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="113"/>
        <source>付款方名称</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="114"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="114"/>
        <source>未匹配</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="115"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="116"/>
        <source>已核销</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="118"/>
        <source>预收/多付</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="126"/>
        <source>显示最近1000笔收款</source>
        <translation>The latest 1,000 receipts</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="139"/>
        <source>重新核销</source>
        <translation>Re-allocate</translation>
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message>
        <location filename="../../ui/screens/receivables/page.py" line="46"/>
        <source>应收账款</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/page.py" line="60"/>
        <source>账龄</source>
        <translation>Aging</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/page.py" line="63"/>
        <source>未匹配收款 ({0})</source>
        <translation>Unmatched receipts ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/page.py" line="65"/>
        <source>收款记录</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/page.py" line="68"/>
        <source>诉讼时效 ({0})</source>
        <translation>Limitation ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/page.py" line="70"/>
        <source>回款提成</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/page.py" line="71"/>
        <source>坏账核销</source>
        <translation>Write-offs</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="174"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="175"/>
        <source>回款目标</source>
        <translation>Collection target</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="176"/>
        <source>实际回款</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="177"/>
        <source>完成率%</source>
        <translation>Achieved %</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="183"/>
        <source>添加记录…</source>
        <translation>Add record…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="187"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="188"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/screens/handover/panels.py" line="189"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>RecruitmentPage</name>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="268"/>
        <source>已入职</source>
        <translation>Hired</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="90"/>
        <source>招聘</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="95"/>
        <source>全部阶段</source>
        <translation>All stages</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="100"/>
        <source>新增候选人…</source>
        <translation>New candidate…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="101"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="102"/>
        <location filename="../../ui/screens/recruitment.py" line="208"/>
        <source>改变阶段</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="103"/>
        <source>录用通知书…</source>
        <translation>Offer letter…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="104"/>
        <source>办理入职…</source>
        <translation>Hire…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="105"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="117"/>
        <source>未录用者保存</source>
        <translation>Keep those not hired</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="120"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="123"/>
        <location filename="../../ui/screens/recruitment.py" line="282"/>
        <location filename="../../ui/screens/recruitment.py" line="289"/>
        <location filename="../../ui/screens/recruitment.py" line="295"/>
        <source>删除超期候选人</source>
        <translation>Delete overdue candidates</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="131"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="132"/>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="133"/>
        <source>应聘岗位</source>
        <translation>Position applied for</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="134"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="135"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="136"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="137"/>
        <source>面试日期</source>
        <translation>Interview date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="138"/>
        <source>期望薪资</source>
        <translation>Expected salary</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="139"/>
        <source>录用薪资</source>
        <translation>Offered salary</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="140"/>
        <source>报到日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="141"/>
        <source>删除日期</source>
        <translation>Deletion date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="142"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="164"/>
        <source>共 {0} 名候选人，在招 {1} 名；入职待办 {2} 项</source>
        <translation>{0} candidates, {1} in the pipeline; {2} onboarding duties open</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="168"/>
        <source>；{0} 名未录用者已超过保存期限，请删除</source>
        <translation>; {0} not hired are past the retention period: delete them</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="180"/>
        <source>请选择候选人</source>
        <translation>Choose a candidate</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="180"/>
        <source>请先在表格中选中一名候选人。</source>
        <translation>Select a candidate in the table first.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="201"/>
        <source>（该阶段已结束）</source>
        <translation>(this stage is final)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="221"/>
        <source>保存录用通知书</source>
        <translation>Save offer letter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="221"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="228"/>
        <source>录用通知书</source>
        <translation>Offer letter</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="241"/>
        <location filename="../../ui/screens/recruitment.py" line="260"/>
        <source>办理入职</source>
        <translation>Hire</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="270"/>
        <source>{0}已建立员工档案，并生成劳动合同草稿和入职清单：请在一个月内签订书面劳动合同，三十日内办理社会保险登记。</source>
        <translation>{0} now has an employee record, a draft labour contract and a first-month checklist: sign the written contract within one month and register social insurance within thirty days.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="282"/>
        <source>没有超过保存期限的候选人。</source>
        <translation>No candidate is past the retention period.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="286"/>
        <source>将永久删除 {0} 名未录用候选人的个人信息（个人信息保护法第47条），记入变更记录。继续？</source>
        <translation>This permanently deletes the personal data of {0} candidates not hired (PIPL Art. 47) and records it in the audit trail. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/screens/recruitment.py" line="305"/>
        <source>保存期限</source>
        <translation>Retention period</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="319"/>
        <source>重新出具对账函</source>
        <translation>Reissue letter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="323"/>
        <source>给 {0} 按新的截止日期出一封新编号的对账函；{1} 可作废的将作废。</source>
        <translation>A new letter with a new number for {0} as of a new date; {1} is voided if it still can be.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="329"/>
        <source>截止日期</source>
        <translation>As of</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="162"/>
        <source>登记回函 — {0}</source>
        <translation>Record reply — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="164"/>
        <source>{0}，我方余额 {1} 元。回函相符视为客户确认欠款，诉讼时效自回函日重新计算。</source>
        <translation>{0}, our balance {1} yuan. A confirmed reply acknowledges the debt: the limitation period restarts from the reply&apos;s date.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="170"/>
        <source>相符（信息证明无误）</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="171"/>
        <source>不符</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="187"/>
        <source>选择扫描件…</source>
        <translation>Choose scan…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="194"/>
        <source>回函日期</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="195"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="196"/>
        <source>客户所写的欠款余额；客户称有预付款时填负数</source>
        <translation>The balance the customer wrote; negative when the customer says it prepaid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="197"/>
        <source>客户确认的余额</source>
        <translation>Customer&apos;s stated balance</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="198"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="199"/>
        <location filename="../../ui/dialogs/letters.py" line="204"/>
        <source>回函扫描件</source>
        <translation>Reply scan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="206"/>
        <source>扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../ui/screens/reports.py" line="41"/>
        <source>人工成本</source>
        <translation>Labour cost</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="42"/>
        <source>人数与离职率</source>
        <translation>Headcount and turnover</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="43"/>
        <source>回款达成</source>
        <translation>Collection against target</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="44"/>
        <source>DSO 周转天数</source>
        <translation>DSO</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="45"/>
        <source>逾期趋势</source>
        <translation>Overdue trend</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="46"/>
        <source>回款风险</source>
        <translation>Collection risk</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="47"/>
        <source>年度工资汇总</source>
        <translation>Payroll register for the year</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="48"/>
        <source>考勤汇总</source>
        <translation>Attendance summary</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="49"/>
        <source>休假汇总</source>
        <translation>Leave summary</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/screens/reports.py" line="124"/>
        <location filename="../../ui/screens/reports.py" line="169"/>
        <location filename="../../ui/screens/reports.py" line="214"/>
        <location filename="../../ui/screens/reports.py" line="223"/>
        <location filename="../../ui/screens/reports.py" line="227"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="156"/>
        <source>查看</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="157"/>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="158"/>
        <source>导出 PDF…</source>
        <translation>Export to PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="159"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="165"/>
        <source>截止日期</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="166"/>
        <source>月份</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="167"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="222"/>
        <location filename="../../ui/screens/reports.py" line="223"/>
        <source>正在生成报表…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="248"/>
        <source>明细</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="282"/>
        <location filename="../../ui/screens/reports.py" line="286"/>
        <source>导出报表</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="287"/>
        <location filename="../../ui/screens/reports.py" line="295"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="292"/>
        <location filename="../../ui/screens/reports.py" line="294"/>
        <source>导出 PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="302"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/screens/reports.py" line="302"/>
        <source>正在准备打印…</source>
        <translation>Preparing to print…</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/users.py" line="63"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="64"/>
        <source>为 {0} 设置新密码，并解除锁定。请当面或电话告知本人。</source>
        <translation>Set a new password for {0} and lift any lock. Tell them in person or by phone.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="65"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="71"/>
        <source>新密码（至少8位）</source>
        <translation>New password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="72"/>
        <source>再次输入密码</source>
        <translation>Password again</translation>
    </message>
</context>
<context>
    <name>RiskFactors</name>
    <message>
        <location filename="../../ui/widgets/risk_settings.py" line="14"/>
        <source>平均逾期天数</source>
        <translation>Average days paid late</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_settings.py" line="15"/>
        <source>未按时付款比例</source>
        <translation>Share not paid on time</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_settings.py" line="16"/>
        <source>最久逾期天数</source>
        <translation>Oldest overdue (days)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_settings.py" line="17"/>
        <source>逾期占余额比例</source>
        <translation>Share of balance overdue</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_settings.py" line="18"/>
        <source>分次付款比例</source>
        <translation>Share paid in parts</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_settings.py" line="19"/>
        <source>对账函不符或未回</source>
        <translation>Letter disputed or unanswered</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_settings.py" line="20"/>
        <source>诉讼时效临近</source>
        <translation>Limitation period near</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_settings.py" line="21"/>
        <source>余额与近12个月销售额之比</source>
        <translation>Balance to last 12 months&apos; sales</translation>
    </message>
</context>
<context>
    <name>RiskSettingsGroup</name>
    <message>
        <location filename="../../ui/widgets/risk_settings.py" line="33"/>
        <location filename="../../ui/widgets/risk_settings.py" line="91"/>
        <source>回款风险评分</source>
        <translation>Collection-risk score</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_settings.py" line="40"/>
        <source>每个因素按客户自身的付款历史归一到 0–1，乘以权重后折算为 0–100 分；权重为 0 的因素不计。默认权重与分数线见 README。</source>
        <translation>Each factor is scaled 0–1 from the customer&apos;s own payment history, weighted, and summed to a score of 0–100; a factor weighted 0 is left out. The README lists the default weights and grade lines.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_settings.py" line="55"/>
        <source>高风险：不低于</source>
        <translation>High risk: at least</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_settings.py" line="56"/>
        <source>中风险：不低于</source>
        <translation>Medium risk: at least</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_settings.py" line="58"/>
        <source>保存评分设置</source>
        <translation>Save score settings</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/risk_settings.py" line="59"/>
        <source>恢复默认</source>
        <translation>Restore defaults</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="105"/>
        <source>绩效工资规则</source>
        <translation>Performance pay rule</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="107"/>
        <source>公司规定的考核等级与绩效工资的对应关系。启用后，可把某期间的考核结果计入某月的工资录入（记入变更记录）。</source>
        <translation>The company&apos;s rule from appraisal grade to performance pay. Once on, a period&apos;s results can be applied to a month&apos;s payroll inputs (audited).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="113"/>
        <source>启用</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="116"/>
        <source>固定金额（元）</source>
        <translation>Fixed amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="117"/>
        <source>基本工资的百分比（%）</source>
        <translation>Percentage of base salary (%)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="122"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appraisal.py" line="123"/>
        <source>等级=数值</source>
        <translation>Grade=value</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="129"/>
        <source>登记寄出</source>
        <translation>Record sending</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="130"/>
        <source>{0} 封对账函：{1}</source>
        <translation>{0} letters: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="138"/>
        <source>快递单号或挂号信号码，便于举证已送达</source>
        <translation>Courier or registered-mail number, to prove delivery</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="139"/>
        <source>寄出日期</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="140"/>
        <source>方式</source>
        <translation>Way</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="141"/>
        <source>单号</source>
        <translation>Tracking no.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../ui/widgets/forms.py" line="110"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SettingName</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="40"/>
        <source>工资条每页份数</source>
        <translation>Payslips per page</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="41"/>
        <source>对账函付款期限天数</source>
        <translation>Days to pay asked in statement letters</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="42"/>
        <source>对账函回函期限天数</source>
        <translation>Days to reply to statement letters</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="43"/>
        <source>合同到期提醒天数</source>
        <translation>Days before contract expiry to remind</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="44"/>
        <source>诉讼时效提前提醒天数</source>
        <translation>Days before limitation to warn</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="45"/>
        <source>备份提醒天数</source>
        <translation>Days before a backup reminder</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="46"/>
        <source>自动备份保留份数</source>
        <translation>Automatic backups kept</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="47"/>
        <source>病假工资比例</source>
        <translation>Sick pay ratio</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="48"/>
        <source>当地上年职工月平均工资</source>
        <translation>Local average monthly wage of last year</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="49"/>
        <source>未录用候选人保存天数</source>
        <translation>Days to keep candidates not hired</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="120"/>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="128"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="133"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="139"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="140"/>
        <source>证件号加密密钥</source>
        <translation>ID number encryption key</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="141"/>
        <source>密钥导出</source>
        <translation>Key exported</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="151"/>
        <source>最低工资标准</source>
        <translation>Minimum wages</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="152"/>
        <source>按当地人社部门公布的月最低工资标准录入；用于核对试用期工资等。</source>
        <translation>Enter the monthly minimum wage as the city&apos;s labour bureau publishes it; used to check probation wages and more.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="154"/>
        <location filename="../../ui/screens/settings.py" line="174"/>
        <location filename="../../ui/screens/settings.py" line="191"/>
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="155"/>
        <location filename="../../ui/screens/settings.py" line="175"/>
        <location filename="../../ui/screens/settings.py" line="193"/>
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="156"/>
        <source>月最低工资</source>
        <translation>Monthly minimum</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="158"/>
        <source>扣除个人社保公积金后比较</source>
        <translation>Net of own contributions</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="160"/>
        <location filename="../../ui/screens/settings.py" line="177"/>
        <location filename="../../ui/screens/settings.py" line="199"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="162"/>
        <source>新增标准…</source>
        <translation>New standard…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="186"/>
        <source>社保公积金政策</source>
        <translation>Social insurance and housing fund policies</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="188"/>
        <source>按城市和生效日期保存；在“导入导出”中导出、修改后再导入。标注“示例”的请按当地最新文件核对。</source>
        <translation>Kept by city and effective date; export, edit and import them again under “Import/Export”. Confirm the ones marked as examples against the city&apos;s current notice.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="192"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="194"/>
        <source>个人</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="195"/>
        <source>单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="196"/>
        <source>基数下限</source>
        <translation>Base floor</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="197"/>
        <source>基数上限</source>
        <translation>Base cap</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="198"/>
        <source>舍入</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="201"/>
        <source>新增或修改政策…（双击一行修改）</source>
        <translation>Add or change a policy… (double-click a row to change it)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="212"/>
        <source>邮件服务器（工资条和证明发到员工邮箱）</source>
        <translation>Mail server (payslips and certificates to employees&apos; e-mail)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="214"/>
        <source>邮件服务器…</source>
        <translation>Mail server…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="223"/>
        <source>公司信息（对账函抬头与收款账户）</source>
        <translation>Company (letterhead and the account customers pay into)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="229"/>
        <source>公司名称</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="230"/>
        <source>公司地址</source>
        <translation>Company address</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="231"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="232"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="233"/>
        <source>开户行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="234"/>
        <source>账号</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="247"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="249"/>
        <source>已设置</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="249"/>
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="250"/>
        <source>选择标志图片…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="252"/>
        <source>标志</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="254"/>
        <source>保存公司信息</source>
        <translation>Save company details</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="265"/>
        <source>标志图片</source>
        <translation>Logo image</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="265"/>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="285"/>
        <source>公司信息</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="285"/>
        <location filename="../../ui/screens/settings.py" line="328"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="289"/>
        <location filename="../../ui/screens/settings.py" line="328"/>
        <source>其他设置</source>
        <translation>Other settings</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="304"/>
        <source>保存其他设置</source>
        <translation>Save other settings</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="169"/>
        <source>职工月平均工资（经济补偿与离职补偿个税）</source>
        <translation>Average monthly wage (severance cap and its tax exemption)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="171"/>
        <source>按城市录入上年职工月平均工资：经济补偿按其3倍封顶，离职补偿个税按其3倍的年额免税。</source>
        <translation>Enter each city&apos;s average monthly wage of last year: severance is capped at 3× it, and severance is tax-free up to 3× its yearly amount.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="176"/>
        <source>月平均工资</source>
        <translation>Average monthly wage</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="179"/>
        <source>新增职工平均工资…</source>
        <translation>Add an average wage…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="338"/>
        <source>重新启动 hrdesk 后生效</source>
        <translation>Takes effect when hrdesk restarts</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="29"/>
        <source>工作表和表头</source>
        <translation>Sheet and header</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="30"/>
        <source>已自动找到表头所在的行；如不对，请改正。</source>
        <translation>The header row was found automatically; correct it if it is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="37"/>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="38"/>
        <source>表头在第几行</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="39"/>
        <source>已保存的列映射</source>
        <translation>Saved mapping</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard/sheet_pages.py" line="54"/>
        <source>（按列名自动对应）</source>
        <translation>(match columns by name)</translation>
    </message>
</context>
<context>
    <name>SmtpDialog</name>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="35"/>
        <source>邮件服务器</source>
        <translation>Mail server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="37"/>
        <source>工资条和证明通过公司的邮件服务器发出。密码保存在系统凭据管理器中，不存入数据库。</source>
        <translation>Payslips and certificates go out through the company&apos;s mail server. The password is kept in the system&apos;s credential store, never in the database.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="39"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="59"/>
        <source>已保存（不显示）；留空不修改</source>
        <translation>Saved (not shown); leave empty to keep it</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="59"/>
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="62"/>
        <source>SMTP服务器</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="63"/>
        <source>SMTP端口</source>
        <translation>SMTP port</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="64"/>
        <source>SMTP加密</source>
        <translation>SMTP security</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="65"/>
        <source>SMTP用户</source>
        <translation>SMTP user</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="66"/>
        <source>SMTP密码</source>
        <translation>SMTP password</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="67"/>
        <source>发件人</source>
        <translation>Sender</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="49"/>
        <source>发起离职</source>
        <translation>Start a separation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="51"/>
        <source>选择解除或终止的法律依据：hrdesk 会列出它要求的通知和证据，以及应支付的款项。</source>
        <translation>Choose the legal ground: hrdesk lists the notice and records it needs and what is owed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="67"/>
        <source>（暂不指定）</source>
        <translation>(not yet)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="71"/>
        <source>今年已休年假天数，如 2 或 2.5</source>
        <translation>Days of annual leave taken this year, e.g. 2 or 2.5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="73"/>
        <source>员工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="74"/>
        <source>依据</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="75"/>
        <source>需备材料</source>
        <translation>Needs on file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="76"/>
        <source>通知日期</source>
        <translation>Notice date</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="77"/>
        <source>最后工作日</source>
        <translation>Last working day</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="78"/>
        <source>接手人</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="79"/>
        <source>今年已休年假（天）</source>
        <translation>Annual leave taken this year (days)</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../../ui/models/table.py" line="21"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/models/table.py" line="21"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TaxYearDialog</name>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="223"/>
        <source>期初数据与专项附加扣除</source>
        <translation>Opening balances and declared deductions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="226"/>
        <source>期初数据</source>
        <translation>Opening balances</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="227"/>
        <source>专项附加扣除</source>
        <translation>Special additional deductions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="236"/>
        <source>年中启用本系统时，导入原工资系统1月至截至月份的累计数（“导入导出”→ 期初数据）。本系统从下一个月起接着累计个税；这些月份不再重算，也不再补扣专项附加扣除。</source>
        <translation>When you start hrdesk mid-year, import the old payroll&apos;s cumulative figures from January to the last month it ran (Import/Export → opening balances). hrdesk continues the cumulative tax from the next month; those months are never recomputed and their deductions never caught up.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="243"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="250"/>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="251"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="252"/>
        <source>截至月份</source>
        <translation>Through month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="253"/>
        <source>累计收入</source>
        <translation>Cumulative income</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="254"/>
        <source>累计免税收入</source>
        <translation>Cumulative exempt income</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="255"/>
        <source>累计减除费用</source>
        <translation>Cumulative basic deduction</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="256"/>
        <source>累计专项扣除</source>
        <translation>Cumulative special deductions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="258"/>
        <source>累计专项附加扣除</source>
        <translation>Cumulative additional deductions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="260"/>
        <source>累计其他扣除</source>
        <translation>Cumulative other deductions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="261"/>
        <source>累计已预扣税额</source>
        <translation>Cumulative tax withheld</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="262"/>
        <source>年休假已休</source>
        <translation>Annual leave taken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="276"/>
        <source>每年12月，员工须在个税App中确认下一年度的扣除信息；未确认的扣除次年1月起失效。员工确认后，点击“确认延续到下一年度”。截止月份带 * 的为尚未确认。</source>
        <translation>Every December employees must confirm next year&apos;s deductions in the tax app; unconfirmed deductions lapse in January. Once they have, click &quot;Confirm for next year&quot;. An end month marked * is not yet confirmed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="288"/>
        <source>确认延续到{0}年度…</source>
        <translation>Confirm for {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="310"/>
        <source>{0} 项扣除未确认{1}年度</source>
        <translation>{0} deductions not confirmed for {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="312"/>
        <source>没有待确认的扣除</source>
        <translation>No deductions waiting for confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="322"/>
        <source>员工已在个税App中确认{0}年度的扣除信息？确认后，{1}年底到期的扣除将延续到{0}年。</source>
        <translation>Have the employees confirmed their deductions for {0} in the tax app? Deductions ending with {1} will then carry into {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="324"/>
        <location filename="../../ui/dialogs/tax_year.py" line="328"/>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="194"/>
        <source>交接清单模板</source>
        <translation>Checklist template</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="196"/>
        <source>新发起的离职按此清单生成事项；期限为相对最后工作日的天数（负数为之前）。已在办理的不受影响。</source>
        <translation>New separations start with these items; due dates are days from the last working day (negative: before). Separations under way keep theirs.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="198"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="208"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="208"/>
        <source>负责</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="208"/>
        <source>期限（天）</source>
        <translation>Due (days)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="208"/>
        <source>必办</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="213"/>
        <source>添加一项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/separations.py" line="217"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../ui/terms.py" line="15"/>
        <source>试用</source>
        <translation>Probation</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="16"/>
        <source>在职</source>
        <translation>Employed</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="17"/>
        <source>离职</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="19"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="20"/>
        <source>人事</source>
        <translation>HR</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="21"/>
        <source>财务</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="22"/>
        <source>销售经理</source>
        <translation>Sales manager</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="24"/>
        <source>固定期限</source>
        <translation>Fixed term</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="25"/>
        <source>无固定期限</source>
        <translation>Open-ended</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="26"/>
        <source>以完成一定工作任务为期限</source>
        <translation>For a specific task</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="28"/>
        <source>不得约定试用期</source>
        <translation>No probation allowed</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="29"/>
        <source>试用期超过法定上限</source>
        <translation>Probation longer than the legal limit</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="30"/>
        <source>重复约定试用期</source>
        <translation>Second probation with the same employee</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="31"/>
        <source>试用期工资低于合同工资的80%</source>
        <translation>Probation pay below 80% of the contract wage</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="32"/>
        <source>试用期工资低于当地最低工资</source>
        <translation>Probation pay below the local minimum wage</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="33"/>
        <source>尚未签订书面劳动合同</source>
        <translation>Written contract not yet signed</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="34"/>
        <source>未签订书面劳动合同</source>
        <translation>No written contract</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="35"/>
        <source>书面劳动合同签订过晚</source>
        <translation>Written contract signed late</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="36"/>
        <source>视为已订立无固定期限劳动合同</source>
        <translation>Deemed an open-ended contract</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="37"/>
        <source>合同已到期，员工仍在职</source>
        <translation>Contract expired, employee still working</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="38"/>
        <source>固定期限合同即将到期</source>
        <translation>Fixed-term contract ending soon</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="39"/>
        <source>员工可要求订立无固定期限合同</source>
        <translation>Employee may ask for an open-ended contract</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="41"/>
        <source>年休假</source>
        <translation>Annual leave</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="42"/>
        <source>病假</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="43"/>
        <source>事假</source>
        <translation>Personal leave</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="44"/>
        <source>婚假</source>
        <translation>Marriage leave</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="45"/>
        <source>丧假</source>
        <translation>Bereavement leave</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="46"/>
        <source>产假</source>
        <translation>Maternity leave</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="47"/>
        <source>陪产假</source>
        <translation>Paternity leave</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="48"/>
        <source>调休</source>
        <translation>Time off in lieu</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="49"/>
        <source>发放</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="50"/>
        <source>使用</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="51"/>
        <source>结转</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="52"/>
        <source>作废</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="53"/>
        <source>全额</source>
        <translation>Full pay</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="54"/>
        <source>病假工资</source>
        <translation>Sick pay</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="55"/>
        <source>无薪</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="56"/>
        <source>工作日</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="57"/>
        <source>自然日</source>
        <translation>Calendar days</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="58"/>
        <source>每次</source>
        <translation>per event</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="59"/>
        <source>每年</source>
        <translation>per year</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="61"/>
        <source>累计工作年限 5/10/15天</source>
        <translation>5/10/15 days by total years of work</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="62"/>
        <source>医疗期</source>
        <translation>Medical treatment period</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="63"/>
        <source>公司规章制度</source>
        <translation>Company rules</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="64"/>
        <source>每次3天，各省可延长</source>
        <translation>3 days each time; provinces may extend</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="65"/>
        <source>每次1至3天</source>
        <translation>1 to 3 days each time</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="66"/>
        <source>98天，难产+15天，各省另有增加</source>
        <translation>98 days, +15 for a difficult birth; provinces add more</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="67"/>
        <source>按各省规定填写天数</source>
        <translation>Enter your province&apos;s days</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="68"/>
        <source>休息日加班换取</source>
        <translation>Earned by rest-day overtime</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="70"/>
        <source>加班费</source>
        <translation>Overtime pay</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="72"/>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="73"/>
        <source>{0}-{1}天</source>
        <translation>{0}–{1} days</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="74"/>
        <source>{0}天以上</source>
        <translation>Over {0} days</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="77"/>
        <source>已生成</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="78"/>
        <source>已寄出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="79"/>
        <source>已回函·相符</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="80"/>
        <source>已回函·不符</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="81"/>
        <source>已作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="82"/>
        <source>未回函</source>
        <translation>No reply</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="83"/>
        <source>差异待处理</source>
        <translation>Open disputes</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="84"/>
        <source>快递</source>
        <translation>Courier</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="85"/>
        <source>挂号信</source>
        <translation>Registered mail</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="86"/>
        <source>当面递交</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="87"/>
        <source>电子邮件</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="88"/>
        <source>传真</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="89"/>
        <source>快递查询已签收</source>
        <translation>Courier: signed for</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="90"/>
        <source>签收回执</source>
        <translation>Signed receipt</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="91"/>
        <source>电子邮件已送达</source>
        <translation>E-mail delivered</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="92"/>
        <source>当面递交签收</source>
        <translation>Signed by hand</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="93"/>
        <source>回函不符</source>
        <translation>Reply differs</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="95"/>
        <source>新简历</source>
        <translation>New CV</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="96"/>
        <source>筛选</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="97"/>
        <source>面试</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="98"/>
        <source>录用</source>
        <translation>Offered</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="99"/>
        <source>已入职</source>
        <translation>Hired</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="100"/>
        <source>未录用</source>
        <translation>Not hired</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="102"/>
        <source>养老保险</source>
        <translation>Pension</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="103"/>
        <source>医疗保险</source>
        <translation>Medical insurance</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="104"/>
        <source>失业保险</source>
        <translation>Unemployment insurance</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="105"/>
        <source>工伤保险</source>
        <translation>Work injury insurance</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="106"/>
        <source>生育保险</source>
        <translation>Maternity insurance</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="107"/>
        <source>住房公积金</source>
        <translation>Housing fund</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="108"/>
        <source>到分</source>
        <translation>To the fen</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="109"/>
        <source>到角</source>
        <translation>To the jiao</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="110"/>
        <source>到元</source>
        <translation>To the yuan</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="115"/>
        <source>签订书面劳动合同</source>
        <translation>Sign the written labour contract</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="116"/>
        <source>办理社会保险登记</source>
        <translation>Register for social insurance</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="117"/>
        <source>劳动合同法第10条：自用工之日起一个月内订立书面劳动合同；超过一个月未订立的，第82条：每月支付二倍工资</source>
        <translation>Labour Contract Law Art. 10: a written contract within one month of the first working day; after that, Art. 82: double wages every month</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="122"/>
        <source>社会保险法第58条：自用工之日起三十日内为职工办理社会保险登记</source>
        <translation>Social Insurance Law Art. 58: register the employee for social insurance within 30 days of the first working day</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="129"/>
        <source>第36条 协商一致解除（单位提出）</source>
        <translation>Art. 36 Ended by agreement (proposed by the employer)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="130"/>
        <source>第36条 协商一致解除（员工提出）</source>
        <translation>Art. 36 Ended by agreement (proposed by the employee)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="131"/>
        <source>第37条 员工提前通知解除</source>
        <translation>Art. 37 Resignation with notice</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="132"/>
        <source>第38条 员工因单位过错解除</source>
        <translation>Art. 38 Employee ends it for the employer&apos;s fault</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="133"/>
        <source>第39条 过失性辞退</source>
        <translation>Art. 39 Dismissal for misconduct</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="134"/>
        <source>第40条第1项 医疗期满不能从事工作</source>
        <translation>Art. 40(1) Unable to work after the medical period</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="135"/>
        <source>第40条第2项 不能胜任工作</source>
        <translation>Art. 40(2) Incompetent for the job</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="136"/>
        <source>第40条第3项 客观情况发生重大变化</source>
        <translation>Art. 40(3) Major change of objective circumstances</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="137"/>
        <source>第44条 合同期满终止（单位不续订）</source>
        <translation>Art. 44 Contract expired (employer does not renew)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="138"/>
        <source>第44条 合同期满终止（员工不同意续订）</source>
        <translation>Art. 44 Contract expired (employee declines renewal)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="139"/>
        <source>第41条 经济性裁员</source>
        <translation>Art. 41 Economic layoff</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="140"/>
        <source>第39条第1项 试用期不符合录用条件</source>
        <translation>Art. 39(1) Failed the hiring conditions in probation</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="141"/>
        <source>第87条 违法解除（赔偿金）</source>
        <translation>Art. 87 Unlawful termination (damages)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="142"/>
        <source>双方签字的解除协议</source>
        <translation>A termination agreement signed by both sides</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="143"/>
        <source>双方签字的解除协议，写明由员工提出</source>
        <translation>A termination agreement signed by both sides, stating the employee proposed it</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="144"/>
        <source>员工本人签字的书面辞职通知</source>
        <translation>A written resignation signed by the employee</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="145"/>
        <source>员工的书面解除通知及其所述理由</source>
        <translation>The employee&apos;s written notice of termination and the reasons it gives</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="146"/>
        <source>违纪或严重失职的证据、依法制定并公示的规章制度，事先通知工会</source>
        <translation>Evidence of the misconduct or serious neglect, workplace rules made and published lawfully, the trade union told beforehand</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="147"/>
        <source>医疗期满的证明，另行安排工作仍不能从事的记录</source>
        <translation>Proof the medical period is over, and a record that other work was offered and could not be done</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="148"/>
        <source>不能胜任的考核记录，以及经过培训或调整工作岗位后仍不能胜任的记录</source>
        <translation>Appraisals showing incompetence, and records that training or another post did not help</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="149"/>
        <source>客观情况重大变化的证明，与员工协商变更合同未能达成一致的记录</source>
        <translation>Proof of the major change, and a record that talks to change the contract failed</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="150"/>
        <source>到期的劳动合同，不续订的书面通知</source>
        <translation>The expiring contract and the written notice of non-renewal</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="151"/>
        <source>单位以不低于原条件提出续订、员工书面拒绝的记录</source>
        <translation>A record that renewal was offered on no worse terms and the employee refused in writing</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="152"/>
        <source>裁减人员方案，提前30日向工会或全体职工说明并听取意见、向劳动行政部门报告的记录</source>
        <translation>The layoff plan, and records of explaining it to the union or all staff 30 days ahead, hearing them, and reporting to the labour authority</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="155"/>
        <source>事先告知的录用条件，试用期内不符合录用条件的考核记录</source>
        <translation>The hiring conditions told beforehand, and appraisals in probation showing they were not met</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="156"/>
        <source>（违法解除：无合法依据或程序违法，应支付赔偿金）</source>
        <translation>(Unlawful termination: no lawful ground or an unlawful procedure; damages are owed)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="157"/>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="158"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="159"/>
        <source>已撤销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="160"/>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="161"/>
        <source>已豁免</source>
        <translation>Waived</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="162"/>
        <source>工资</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="163"/>
        <source>提成</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="164"/>
        <source>代通知金</source>
        <translation>Pay in lieu of notice</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="165"/>
        <source>未休年休假工资</source>
        <translation>Unused annual leave pay</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="166"/>
        <source>经济补偿</source>
        <translation>Severance</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="167"/>
        <source>赔偿金</source>
        <translation>Damages</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="173"/>
        <source>对账函确认</source>
        <translation>Confirmed balance letter</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="174"/>
        <source>对账函送达</source>
        <translation>Confirmation letter delivered</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="175"/>
        <source>催款函</source>
        <translation>Demand letter</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="176"/>
        <source>还款计划</source>
        <translation>Repayment plan</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="177"/>
        <source>收款</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="182"/>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="183"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="184"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="185"/>
        <source>应出勤天数</source>
        <translation>Days due</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="186"/>
        <source>出勤天数</source>
        <translation>Days attended</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="187"/>
        <source>事假天数</source>
        <translation>Personal leave days</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="188"/>
        <source>病假天数</source>
        <translation>Sick leave days</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="189"/>
        <source>旷工天数</source>
        <translation>Absent days</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="190"/>
        <source>迟到次数</source>
        <translation>Times late</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="191"/>
        <source>加班小时</source>
        <translation>Overtime hours</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="192"/>
        <source>工作日加班小时</source>
        <translation>Workday overtime hours</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="193"/>
        <source>休息日加班小时</source>
        <translation>Rest-day overtime hours</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="194"/>
        <source>节假日加班小时</source>
        <translation>Holiday overtime hours</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="195"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="196"/>
        <source>人数</source>
        <translation>Head count</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="197"/>
        <source>收款日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="198"/>
        <source>流水号</source>
        <translation>Transaction no.</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="199"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="200"/>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="201"/>
        <source>单号</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="202"/>
        <source>核销金额</source>
        <translation>Amount applied</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="203"/>
        <source>业务员工号</source>
        <translation>Salesperson no.</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="204"/>
        <source>业务员</source>
        <translation>Salesperson</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="205"/>
        <source>回款目标</source>
        <translation>Collection target</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="206"/>
        <source>实际回款</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="207"/>
        <source>达成率</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="208"/>
        <source>开票日期</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="209"/>
        <source>到期日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="210"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="211"/>
        <source>期末余额</source>
        <translation>Closing balance</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="212"/>
        <source>期末应收</source>
        <translation>Receivables at month end</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="213"/>
        <source>当月开票</source>
        <translation>Invoiced in month</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="214"/>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="215"/>
        <source>变动</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="216"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="217"/>
        <source>期初人数</source>
        <translation>Opening head count</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="218"/>
        <source>入职人数</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="219"/>
        <source>离职人数</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="220"/>
        <source>期末人数</source>
        <translation>Closing head count</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="221"/>
        <source>离职率</source>
        <translation>Turnover</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="222"/>
        <source>假期类型</source>
        <translation>Leave type</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="223"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="224"/>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="225"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="226"/>
        <source>累计工作年限</source>
        <translation>Years of work</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="227"/>
        <source>年休假应休</source>
        <translation>Annual leave due</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="228"/>
        <source>年休假已休</source>
        <translation>Annual leave taken</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="229"/>
        <source>年休假剩余</source>
        <translation>Annual leave left</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="230"/>
        <source>调休余额</source>
        <translation>Time off in lieu</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="231"/>
        <source>病假已休</source>
        <translation>Sick leave taken</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="232"/>
        <source>事假已休</source>
        <translation>Personal leave taken</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="233"/>
        <source>婚假已休</source>
        <translation>Marriage leave taken</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="234"/>
        <source>丧假已休</source>
        <translation>Bereavement leave taken</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="235"/>
        <source>产假已休</source>
        <translation>Maternity leave taken</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="236"/>
        <source>陪产假已休</source>
        <translation>Paternity leave taken</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="237"/>
        <source>调休已休</source>
        <translation>Time off in lieu taken</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="238"/>
        <source>其他假已休</source>
        <translation>Other leave taken</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="239"/>
        <source>应发工资</source>
        <translation>Gross</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="240"/>
        <source>单位社保公积金</source>
        <translation>Employer contributions</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="241"/>
        <source>人工成本合计</source>
        <translation>Labour cost</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="242"/>
        <source>个人社保公积金</source>
        <translation>Employee contributions</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="243"/>
        <source>个人所得税</source>
        <translation>Income tax</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="244"/>
        <source>全年一次性奖金</source>
        <translation>Annual bonus</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="245"/>
        <source>年终奖个税</source>
        <translation>Bonus tax</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="246"/>
        <source>实发工资</source>
        <translation>Net pay</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="247"/>
        <source>月数</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="248"/>
        <source>结清日期</source>
        <translation>Settled on</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="249"/>
        <source>逾期天数</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="250"/>
        <source>未收余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="251"/>
        <source>风险分</source>
        <translation>Risk score</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="252"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="253"/>
        <source>平均逾期天数</source>
        <translation>Average days paid late</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="254"/>
        <source>未按时付款比例</source>
        <translation>Share not paid on time</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="255"/>
        <source>最久逾期天数</source>
        <translation>Oldest overdue (days)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="256"/>
        <source>逾期占余额比例</source>
        <translation>Share of balance overdue</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="257"/>
        <source>分次付款比例</source>
        <translation>Share paid in parts</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="258"/>
        <source>对账函不符或未回</source>
        <translation>Letter disputed or unanswered</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="259"/>
        <source>诉讼时效临近</source>
        <translation>Limitation period near</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="260"/>
        <source>余额与近12个月销售额之比</source>
        <translation>Balance to last 12 months&apos; sales</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="261"/>
        <source>月末应收</source>
        <translation>Receivables at month end</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="262"/>
        <source>逾期合计</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="263"/>
        <source>逾期占比</source>
        <translation>Overdue share</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="277"/>
        <source>入职</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="278"/>
        <source>累计工作满一年</source>
        <translation>A year of work reached</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="284"/>
        <source>来自已导入的考勤月份；部门按员工当前所属部门归集；人数为当月有考勤记录的人数；文件未给出应出勤或出勤天数时留空（钉钉月度汇总不给应出勤天数），其他未给出的数按0计；加班小时 = 工作日 + 休息日 + 节假日加班小时（含转调休的小时）。</source>
        <translation>From the imported attendance months; departments as the employees are in now; head count is those with attendance that month; days due or worked are blank when the file did not give them (DingTalk&apos;s monthly summary gives no days due), other missing figures count as 0; overtime hours = workday + rest-day + holiday overtime (including hours turned into time off).</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="288"/>
        <source>每月缺勤天数（事假、病假、旷工）</source>
        <translation>Days absent each month (personal leave, sick leave, absence)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="289"/>
        <source>实际回款按收款核销到应收单的日期、当日该单的业务员归集；回款目标为业务员当前的月目标。</source>
        <translation>Collections count on the day a receipt was applied to an invoice, for that invoice&apos;s salesperson on the day; targets are the salespeople&apos;s current monthly targets.</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="293"/>
        <source>DSO（天）：全公司与期末余额最大的5名业务员</source>
        <translation>DSO (days): the company and the 5 salespeople with the largest closing balances</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="294"/>
        <source>期初人数为上月末在册人数；离职按最后工作日计入当月；离职率 = 离职人数 ÷ (期初 + 期末) / 2；合计行为整个期间。</source>
        <translation>Opening head count is last month&apos;s closing; a leaver counts in the month of their last working day; turnover = leavers ÷ (opening + closing) / 2; the total row covers the whole period.</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="298"/>
        <source>每月入职与离职人数</source>
        <translation>Joiners and leavers each month</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="299"/>
        <source>各部门年休假剩余天数</source>
        <translation>Annual leave left by department</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="300"/>
        <source>每月末的未收余额按账龄区间（设置中可改）拆分；逾期合计不含未到期部分。</source>
        <translation>Each month-end&apos;s outstanding balance split by aging bucket (set in Settings); the overdue total leaves out what is not yet due.</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="303"/>
        <source>月末应收账龄（万元）</source>
        <translation>Receivables aging at month end (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="304"/>
        <source>仅含已审核的工资月份；应发工资含当月发放的全年一次性奖金；部门按员工当前所属部门归集；人数为当月有工资条的人数。</source>
        <translation>Approved payroll months only; gross pay includes the annual bonus paid in the month; departments as the employees are in now; head count is those with a payslip that month.</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="308"/>
        <source>各部门人工成本（万元）</source>
        <translation>Labour cost by department (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="309"/>
        <source>仅含已审核的工资月份；人工成本合计 = 应发工资 + 全年一次性奖金 + 单位社保公积金。</source>
        <translation>Approved payroll months only; labour cost = gross pay + annual bonus + employer contributions.</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="312"/>
        <source>每月应发工资（含年终奖）与单位社保公积金（万元）</source>
        <translation>Gross pay (with bonus) and employer contributions each month (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="313"/>
        <source>各风险等级的未收余额（万元）</source>
        <translation>Outstanding balance by risk grade (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="75"/>
        <location filename="../../ui/terms.py" line="314"/>
        <source>万元</source>
        <translation>10k yuan</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="315"/>
        <source>天</source>
        <translation>d</translation>
    </message>
</context>
<context>
    <name>UnmatchedTab</name>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="26"/>
        <source>付款方名称对不上客户、或对得上几个客户的收款，在这里由您指定；指定后自动核销。</source>
        <translation>Receipts whose payer fits no customer, or several, wait here for you; once you name the customer they are applied.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="30"/>
        <source>指定客户…</source>
        <translation>Name customer…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="31"/>
        <source>不是客户款项…</source>
        <translation>Not a customer&apos;s money…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="41"/>
        <source>交易日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="42"/>
        <source>流水号</source>
        <translation>Transaction no.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="43"/>
        <source>付款方名称</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="44"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="45"/>
        <source>摘要</source>
        <translation>Memo</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="47"/>
        <source>名称相符的客户</source>
        <translation>Customers with this name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="64"/>
        <source>待处理 {0} 笔；双击指定客户</source>
        <translation>{0} waiting; double-click to name the customer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="72"/>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="82"/>
        <source>不是客户款项</source>
        <translation>Not a customer&apos;s money</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/receipts_tabs.py" line="73"/>
        <source>{0} 收到“{1}”{2} 元。这笔钱是什么（如：银行结息、供应商退款、借款）？</source>
        <translation>On {0} “{1}” paid {2} yuan. What is this money (bank interest, a supplier&apos;s refund, a loan)?</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/screens/users.py" line="35"/>
        <source>每位同事用自己的账户登录，窗口和命令行都按角色授权。离职的同事请“停用”：停用后不能再登录，历史记录保留。最后一名启用的管理员不能停用或改为其他角色。</source>
        <translation>Each colleague signs in with their own account; the window and the command line both follow the role. Deactivate a leaver: the account can no longer sign in, and its history stays. The last active administrator can be neither deactivated nor given another role.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="43"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="44"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="45"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="47"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="47"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="47"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="50"/>
        <source>锁定至</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="64"/>
        <source>新增用户…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="65"/>
        <source>更改角色…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="66"/>
        <location filename="../../ui/screens/users.py" line="99"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="67"/>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="99"/>
        <source>重新启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="112"/>
        <source>更改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="113"/>
        <source>{0} 的角色：</source>
        <translation>Role of {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="129"/>
        <source>停用 {0}？停用后该账户不能再登录，历史记录保留。</source>
        <translation>Deactivate {0}? The account can no longer sign in; its history stays.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="131"/>
        <source>停用用户</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <location filename="../../ui/screens/users.py" line="145"/>
        <source>用户</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="302"/>
        <source>作废对账函 — {0}</source>
        <translation>Void letter — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="303"/>
        <source>作废未寄出、或寄出后被退回的对账函；编号作废后不再使用，重印时带“作废”字样。</source>
        <translation>Void a letter not sent, or sent and returned; its number is not used again and a reprint is marked void.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="308"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>WageStandardDialog</name>
    <message>
        <location filename="../../ui/dialogs/wage_standard.py" line="29"/>
        <source>与扣除个人社保公积金后的工资比较（如上海、北京）</source>
        <translation>Compare with pay net of the employee&apos;s own contributions (as Shanghai and Beijing do)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wage_standard.py" line="31"/>
        <source>新增最低工资标准</source>
        <translation>New minimum wage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wage_standard.py" line="32"/>
        <source>月最低工资（元）</source>
        <translation>Monthly minimum wage (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wage_standard.py" line="33"/>
        <source>文件名或网址，如“沪人社规〔2025〕X号”</source>
        <translation>Notice or web address, such as “沪人社规〔2025〕X号”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wage_standard.py" line="35"/>
        <source>新增职工平均工资</source>
        <translation>Add an average wage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wage_standard.py" line="36"/>
        <source>月平均工资（元）</source>
        <translation>Average monthly wage (CNY)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wage_standard.py" line="37"/>
        <source>文件名或网址</source>
        <translation>Document name or web address</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wage_standard.py" line="40"/>
        <source>当地统计或人社部门公布的上年职工月平均工资（全口径城镇单位就业人员平均工资÷12）：经济补偿按其3倍封顶，离职补偿个税按其3倍的年额免税。</source>
        <translation>Last year&apos;s average monthly wage as the local statistics or HR bureau publishes it (average wage of all urban employees ÷ 12): severance is capped at 3× it, and severance is tax-free up to 3× its yearly amount.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wage_standard.py" line="47"/>
        <source>城市</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wage_standard.py" line="48"/>
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wage_standard.py" line="52"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wage_standard.py" line="56"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/wage_standard.py" line="56"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="187"/>
        <source>申请坏账核销 — {0}</source>
        <translation>Request write-off — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="189"/>
        <source>核销须由管理员（老板）审批后才生效；申请人不能审批自己的申请。未收余额 {0} 元。</source>
        <translation>A write-off counts only once an administrator (the owner) approves it; nobody approves their own request. Balance {0} yuan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="197"/>
        <source>如：客户已注销，法院终结执行</source>
        <translation>e.g. the customer was deregistered; enforcement ended</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="198"/>
        <source>核销金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/receivables.py" line="199"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>WriteOffsTab</name>
    <message>
        <location filename="../../ui/screens/receivables/write_offs_tab.py" line="23"/>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/write_offs_tab.py" line="24"/>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/write_offs_tab.py" line="30"/>
        <source>坏账核销须由管理员审批，申请人不能审批自己的申请。</source>
        <translation>Write-offs need an administrator&apos;s approval; nobody approves their own request.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/write_offs_tab.py" line="38"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/write_offs_tab.py" line="39"/>
        <source>应收单号</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/write_offs_tab.py" line="40"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/write_offs_tab.py" line="41"/>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/write_offs_tab.py" line="42"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/write_offs_tab.py" line="43"/>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/write_offs_tab.py" line="44"/>
        <source>审批人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/write_offs_tab.py" line="64"/>
        <source>坏账核销</source>
        <translation>Write-offs</translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/payroll_entries.py" line="27"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>op</name>
    <message>
        <location filename="../../ui/operations.py" line="122"/>
        <source>{0}

详情已写入日志（帮助 → 打开日志文件夹）。</source>
        <translation>{0}

The details are in the log (Help → Open log folder).</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="212"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/printing.py" line="38"/>
        <source>打印预览 — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receivables/common.py" line="37"/>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="188"/>
        <location filename="../../ui/dialogs/mail.py" line="191"/>
        <source>发送证明</source>
        <translation>Send certificate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail.py" line="191"/>
        <source>已开具 {0} 并发送到员工邮箱</source>
        <translation>Issued {0} and sent it to the employee&apos;s e-mail</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="132"/>
        <source>一次性</source>
        <translation>Once</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="134"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="135"/>
        <source>每月金额</source>
        <translation>Monthly amount</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="136"/>
        <source>起始月份</source>
        <translation>Start month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="137"/>
        <source>截止月份</source>
        <translation>End month</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="138"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="142"/>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tax_year.py" line="143"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
</context>
</TS>
