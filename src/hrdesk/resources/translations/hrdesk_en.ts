<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="46"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="47"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="33"/>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="34"/>
        <source>hrdesk 遇到一个意外错误，刚才的操作可能没有完成，已保存的数据不受影响。

错误：{0}
详细信息已写入日志：{1}</source>
        <translation>hrdesk met an unexpected error. The last action may not have finished; data already saved is not affected.

Error: {0}
Details are in the log: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="100"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <location filename="../../ui/screens/empty_state.py" line="15"/>
        <source>此功能尚未提供</source>
        <translation>Not available yet</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="83"/>
        <source>创建管理员</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="84"/>
        <source>这是第一次使用该数据库。请创建管理员账户，之后由管理员为其他同事开设账户。</source>
        <translation>This database is used for the first time. Create the administrator account; the administrator then opens accounts for colleagues.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="91"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="92"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="93"/>
        <source>密码（至少8位）</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="94"/>
        <source>再次输入密码</source>
        <translation>Repeat the password</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/screens/home.py" line="46"/>
        <source>需要处理的事项</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="60"/>
        <source>yyyy年M月d日 dddd</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="62"/>
        <source>今天是 {0}</source>
        <translation>Today is {0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="76"/>
        <source>今天没有需要处理的事项。</source>
        <translation>Nothing needs attention today.</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="86"/>
        <source>在职员工</source>
        <translation>Employed</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="86"/>
        <location filename="../../ui/screens/home.py" line="87"/>
        <location filename="../../ui/screens/home.py" line="88"/>
        <source>{0} 人</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="87"/>
        <source>其中试用期</source>
        <translation>On probation</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="88"/>
        <source>销售人员</source>
        <translation>Salespeople</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="89"/>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/screens/home.py" line="89"/>
        <source>{0} 家</source>
        <translation>{0}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login.py" line="65"/>
        <source>登录 hrdesk</source>
        <translation>Sign in to hrdesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="65"/>
        <source>请输入用户名和密码。</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="68"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login.py" line="69"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source> [演示数据]</source>
        <translation> [demo data]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>数据库：{0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>用户：{0}（{1}）</source>
        <translation>User: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>新建数据库…</source>
        <translation>New database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>备份…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>恢复…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>关于 hrdesk</source>
        <translation>About hrdesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <location filename="../../ui/main_window.py" line="237"/>
        <location filename="../../ui/main_window.py" line="275"/>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>数据库 (*.db)</source>
        <translation>Database (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>该文件已存在，请用“打开数据库”。</source>
        <translation>That file exists already; use “Open database”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>您的角色无权备份或恢复数据。</source>
        <translation>Your role may not back up or restore data.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>服务器数据库请用数据库自带的工具备份和恢复（如 pg_dump）。</source>
        <translation>Back up and restore a server database with its own tools (such as pg_dump).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>已备份到 {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>备份失败</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <location filename="../../ui/main_window.py" line="299"/>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>选择要恢复的备份</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>用备份替换当前数据库？

备份文件：{0}
备份时间：{1:%Y-%m-%d %H:%M}
员工：{2} 人

当前数据库会另存一份在原位置旁边。</source>
        <translation>Replace the current database with the backup?

Backup file: {0}
Backup time: {1:%Y-%m-%d %H:%M}
Employees: {2}

A copy of the current database is kept beside it.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>已恢复；原数据库保留为 {0}</source>
        <translation>Restored; the replaced database is kept as {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>hrdesk {0}
中小企业人事、薪资与应收账款管理

日志文件夹：{1}</source>
        <translation>hrdesk {0}
HR, payroll and receivables for small businesses

Log folder: {1}</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../ui/dialogs/users.py" line="16"/>
        <source>新增用户</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="17"/>
        <source>销售经理只能看到应收账款，看不到工资。</source>
        <translation>Sales managers see receivables only, never wages.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="28"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="29"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="30"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="31"/>
        <source>初始密码（至少8位）</source>
        <translation>Initial password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users.py" line="32"/>
        <source>再次输入密码</source>
        <translation>Repeat the password</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>员工</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>员工花名册与部门；身份证号校验、加密保存；Excel 导入导出。</source>
        <translation>Employee roster and departments; ID numbers checked and stored encrypted; Excel import and export.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>合同</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>劳动合同台账，以及到期、试用期、未签书面合同等合规提醒。</source>
        <translation>Labour contracts, with compliance warnings: expiry, probation, missing written contracts.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>薪资</source>
        <translation>Payroll</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>按月计算工资：五险一金、累计预扣个税、回款提成、依法扣减损失赔偿；审批后锁定，打印工资条。</source>
        <translation>Monthly payroll: social insurance and housing fund, cumulative income-tax withholding, commission on collections, lawful loss deductions; locked once approved; payslips.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>应收账款</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>按业务员管理应收账款：导入开票与银行流水、核销、账龄分析、诉讼时效提醒。</source>
        <translation>Receivables per salesperson: invoice and bank imports, matching, aging, limitation warnings.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>对账函</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>批量生成带回执的对账函 PDF，跟踪寄出、确认、有异议或未回复。</source>
        <translation>Batch statement-confirmation letters with reply slips, tracked as sent, confirmed, disputed or unanswered.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>离职交接</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>销售人员离职交接清单、应收账款清单报告、客户与欠款的重新分配。</source>
        <translation>A departing salesperson&apos;s handover checklist, receivables report, and reassignment of customers and debts.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>导入导出</source>
        <translation>Import/Export</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>银行流水、CRM 与考勤表格的导入导出；列映射按名称保存复用。</source>
        <translation>Import and export of bank, CRM and attendance spreadsheets; column mappings saved by name.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/screens/settings.py" line="31"/>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="39"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="43"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="45"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="48"/>
        <source>证件号加密密钥</source>
        <translation>ID number encryption key</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="52"/>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="56"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="56"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="56"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="56"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="62"/>
        <source>新增用户…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="71"/>
        <source>重新启动 hrdesk 后生效</source>
        <translation>Takes effect when hrdesk restarts</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="78"/>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/screens/settings.py" line="78"/>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/worker.py" line="75"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
