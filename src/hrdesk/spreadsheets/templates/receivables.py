"""The receivables templates: customers, invoices (应收单) and bank receipts (银行收款)."""

from hrdesk.spreadsheets.templates.base import CellKind, Column, Template

CUSTOMERS = Template(
    "customers",
    "客户",
    ("code",),
    (
        Column(
            "客户编码",
            "code",
            required=True,
            help="客户的唯一编号；再次导入时按编码更新，表中没有的列保持原值",
            max_length=30,
        ),
        Column(
            "客户名称",
            "name",
            required=True,
            help="与银行流水中的付款方名称一致，便于自动匹配",
            max_length=200,
        ),
        Column("统一社会信用代码", "credit_code", help="18位，用于对账函", long_digits=True),
        Column("联系人", "contact", max_length=50),
        Column("电话", "phone", long_digits=True, max_length=30),
        Column("地址", "address", help="对账函的寄送地址", max_length=200),
        Column(
            "业务员工号",
            "salesperson_no",
            required=True,
            help="负责该客户的销售人员工号",
            max_length=30,
        ),
        Column("账期天数", "credit_days", CellKind.QUANTITY, help="开票后多少天到期；不填为30天"),
    ),
)

INVOICES = Template(
    "invoices",
    "应收单",
    ("number",),
    (
        Column(
            "单号",
            "number",
            required=True,
            help="应收单（发票/出库单）号；已导入的单号不会重复导入",
            max_length=50,
        ),
        Column("客户编码", "customer_code", required=True, max_length=30),
        Column("业务员工号", "salesperson_no", help="不填为客户的业务员", max_length=30),
        Column("开票日期", "issued_on", CellKind.DATE, required=True),
        Column("到期日期", "due_on", CellKind.DATE, help="不填为开票日期加客户的账期天数"),
        Column(
            "金额",
            "amount",
            CellKind.AMOUNT,
            required=True,
            help="含税金额；退货或折让请另做红字冲减",
        ),
        Column("备注", "note"),
    ),
)

RECEIPTS = Template(
    "receipts",
    "银行收款",
    (),  # identical lines may be real: receipts are told apart by 流水号 or a counted hash
    (
        Column(
            "交易日期",
            "received_on",
            CellKind.DATE,
            required=True,
            synonyms=("交易时间", "记账日期", "入账日期", "交易日", "日期"),
        ),
        Column(
            "流水号",
            "transaction_no",
            help="银行流水号；银行导出没有流水号时可不映射，按日期、金额、付款方、摘要和余额识别重复",
            long_digits=True,
            synonyms=("交易流水号", "银行流水号", "业务流水号", "流水号码"),
            max_length=60,
        ),
        Column(
            "付款方名称",
            "payer",
            help="不填或对不上客户的收款放入“未匹配收款”，由您指定客户或标为非客户款项",
            max_length=200,
            synonyms=(
                "对方户名",
                "对方账户名称",
                "对方账户名",
                "对方名称",
                "对方单位",
                "付款人名称",
                "付款人",
            ),
        ),
        Column(
            "金额",
            "amount",
            CellKind.AMOUNT,
            required=True,
            instead="credit",
            help="收款金额；银行流水分借方、贷方两列时改为映射“贷方金额”",
            synonyms=("交易金额", "发生额"),
        ),
        Column("摘要", "memo", synonyms=("用途", "附言", "交易摘要", "备注")),
        Column("客户编码", "customer_code", help="不填时按付款方名称匹配客户", max_length=30),
        Column(
            "核销单号",
            "invoice_no",
            help="这笔收款要核销的应收单号；不填按到期日从早到晚核销",
            max_length=50,
        ),
        Column(
            "贷方金额",
            "credit",
            CellKind.AMOUNT,
            help="收入一栏；只有贷方有金额的行是收款",
            synonyms=("贷方发生额", "收入金额", "存入金额", "贷方", "收入"),
        ),
        Column(
            "借方金额",
            "debit",
            CellKind.AMOUNT,
            help="支出一栏；这些行不是收款，导入时略过",
            synonyms=("借方发生额", "支出金额", "支取金额", "借方", "支出"),
        ),
        Column("余额", "balance", CellKind.AMOUNT, synonyms=("账户余额", "当前余额")),
        Column(
            "借贷方向",
            "direction",
            help="只有一个金额列时，借/支出的行不是收款，贷/收入的行是",
            synonyms=("借贷标志", "借贷", "收支", "收支方向", "交易方向", "方向"),
        ),
    ),
    bank_statement=True,
)
