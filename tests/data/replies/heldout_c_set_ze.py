"""Held-out set ZE (session 13): written blind to the rules by helper blindze.

Seven mainland firms of trades no earlier set used, several people each with their own mail
client, answering a first reminder, a second reminder or a 催款函 over several days of one
story; the Traditional-Chinese and English clients are in heldout_c_set_ze_intl.py and the
machine mail in heldout_c_machine_ze.py. Labels follow labels.yaml's conventions; where a
reply fits none, the label is what a careful PM would decide and the entry says why (note).
"""

from __future__ import annotations

from heldout_c_machine_ze import ZE_MACHINE
from heldout_c_set_ze_intl import ZE_INTL
from heldout_c_threads_ze import day, who

# 仁怀 赤水河畔酱香酒业: 二期款 ￥136,000 (窖池温控与勾调批次追溯系统); Guizhou speech by voice.
rdg = who("huawei", "罗德贵", "luodegui@chishuihe-jiu.com", "ze_jiu")
rdg2 = who("huawei", "罗德贵", "luodegui@chishuihe-jiu.com", "ze_jiu2", seq=2)
txf = who("foxmail", "", "caiwu@chishuihe-jiu.com", "ze_jiu")
txf2 = who("foxmail", "", "caiwu@chishuihe-jiu.com", "ze_jiu2", seq=2)
lxy = who("qqweb", "黎小燕", "2817760351@qq.com", "ze_jiu")
lxy2 = who("qqweb", "黎小燕", "2817760351@qq.com", "ze_jiu2", seq=2)
chen = who("qqapp", "陈师傅", "1379245508@qq.com", "ze_jiu")
lxc = who("mailmaster", "罗小川", "luoxiaochuan@163.com", "ze_jiu")
ywb = who("coremail", "杨文斌", "yangwb@chishuihe-jiu.com", "ze_jiu2", seq=2)

JIU = [
    rdg(
        "promise",
        day(12, 9),
        day(12, 2),
        "王经理 晓得了 这个钱我们肯定要给的 现在年底经销商的货款还没收回来 下个礼拜三之前给你们打过去 要得不",
    ),
    txf(
        "other",
        None,
        day(12, 2),
        "王经理：\n\n您好！二期款的付款申请我们已经提交，目前在罗总那边等签字，签完字财务这边就安排，"
        "具体哪天现在还说不准。\n\n田秀芬\n财务部",
        note="a hedge with no day (waiting for the boss's signature): the PM asks",
    ),
    chen(
        "dispute",
        None,
        day(12, 3),
        "王经理，跟你说个事。3号、7号窖池的温度探头从重阳下沙以后就一直乱跳，跟我们自己插的温度计差五六度，"
        "勾调那边的批次记录也对不上。我跟罗总讲了，这个问题不解决，二期款我们车间不签字。",
        danger=True,
    ),
    lxc(
        "resend_request",
        None,
        day(12, 3),
        "王经理好，我是罗小川。财务说二期款的纸质发票一直没收到，可能寄到老厂区那边去了，"
        "麻烦再寄一份到新厂区财务部，电子版也再发一份到这个邮箱，谢谢！\n\n罗小川\n销售部",
    ),
    lxy(
        "bank_question",
        None,
        day(12, 4),
        "你好，网银付款要选到支行，示例银行杭州分行下面是哪个支行？另外把12位联行号也发我一下，谢谢。",
    ),
    chen("other", None, day(12, 7), "付款的事我不管的哈，你找财务田姐，她电话0851-22516683"),
    lxc(
        "more_time",
        day(1, 15, 2027),
        day(12, 7),
        "王哥，我爸说经销商那边的款要元旦以后才回得来，二期款能不能宽限到一月中旬？窖池探头的事你们也抓紧点。",
    ),
    txf2(
        "partial_payment",
        None,
        day(12, 8),
        "王经理：\n\n二期款今天先支付68,000.00元（50%），回单见附件。剩余68,000.00元等经销商回款后支付。\n\n田秀芬",
        atts=["网银回单_20261208.pdf"],
        danger=True,
    ),
    rdg2(
        "promise",
        day(12, 31),
        day(12, 10),
        "王经理 探头的事陈师傅说你们小张来换过了 现在好了 剩下那六万八月底之前给你们打过去 莫得问题",
    ),
    ywb(
        "acceptance",
        None,
        day(12, 11),
        "王经理：\n\n3号、7号窖池温度探头更换后，经一周运行观察，读数与人工测温偏差在0.5℃以内，"
        "勾调批次记录已核对一致。二期验收通过，验收单已签字盖章，扫描件见附件。\n\n杨文斌\n质量技术部",
        atts=["二期验收单.pdf"],
    ),
    txf2(
        "partial_payment",
        None,
        day(12, 14),
        "王经理：\n\n请看下面，我在你们邮件里标了。\n\n田秀芬",
        inline=(
            "已逾期22天",
            "【财务部：12月8日已付68,000元，回单已发，现在欠的是剩下的68,000元，不是全部】",
        ),
        danger=True,
        note="the answer is written inside the quoted reminder: half paid",
    ),
    lxy2(
        "paid",
        None,
        day(12, 18),
        "",
        atts=["剩余二期款68000元回单.pdf"],
        note="no words: a slip named as the rest of the milestone",
    ),
    rdg2(
        "paid",
        None,
        day(12, 21),
        "小王 剩下的钱以经富了 礼拜五就富了 收到没得 收到说一声",
        note="voice typos 以经/富 for 已经/付",
    ),
]

# 阿克苏 天棉棉业 (cotton gin): 尾款 ￥88,000 (籽棉收购称重与皮棉打包追溯系统).
wjj = who("ioszh", "王建疆", "wangjj@tianmian-aks.com", "ze_mian")
lcm = who("n163", "刘春梅", "liuchunmei_aks@163.com", "ze_mian")
ali = who("qqapp", "艾力", "3056612874@qq.com", "ze_mian")
guli = who("sina", "古丽", "guli_cw@sina.com", "ze_mian")
zzr = who("huawei", "张主任", "zhangzr@tianmian-aks.com", "ze_mian")
LCM_FIRST = (
    "王经理：你好！你们提醒邮件里的账号是6222 0000 1234 5678，合同附件上写的是6222 0000 1234 5679，"
    "差最后一位，以哪个为准？我们不敢随便打，请电话确认一下。\n\n刘春梅 13899712345"
)

MIAN = [
    wjj(
        "other",
        None,
        day(12, 2),
        "收到。现在正是收棉的时候，钱都压在籽棉上了，等农发行的收购贷款下来，第一时间给你们付。",
        note="pays when the loan arrives: a condition with no day, the PM asks",
    ),
    ali(
        "dispute",
        None,
        day(12, 3),
        "王经理你好，你们的地磅系统有问题，同一车棉花有时候记两次，上个礼拜对账多出来11车，"
        "棉农拿着单子来找我们要钱。这个不弄好，厂长说尾款不能付。",
        danger=True,
    ),
    lcm("bank_question", None, day(12, 3), LCM_FIRST, danger=True),
    guli(
        "resend_request",
        None,
        day(12, 4),
        "你好，尾款的发票我们只收到电子版，年底审计要纸质发票原件，麻烦寄一份到阿克苏地区温宿县天棉棉业财务室，"
        "古丽收，电话18997961234。谢谢",
    ),
    zzr(
        "other",
        None,
        day(12, 7),
        "这个事你问我没用啊 我是收购部的 管收棉花的 付钱的事你找刘会计 她电话一三八九九七一二三四五",
    ),
    wjj(
        "more_time",
        day(1, 31, 2027),
        day(12, 8),
        "地磅重复记录的问题，你们工程师上周来修好了，这个我认。但收购季还没结束，资金确实紧张，"
        "尾款能不能宽限到明年1月底？棉花一卖出去就有钱了。",
    ),
    lcm(
        "promise",
        None,
        day(12, 10),
        "王经理：账号的事已经和你们王明经理电话确认了，以提醒邮件上的为准。厂长同意先付一半，"
        "十二月十五日前付四万四千元，剩下的四万四千元明年一月底前付清。",
        earlier=LCM_FIRST,
        note="a plan of two instalments names no single day",
    ),
    ali(
        "acceptance",
        None,
        day(12, 11),
        "王经理，地磅系统修好以后这个礼拜没有再重复记录，我们签了验收单，拍了照片发给你。",
        atts=["验收单.jpg"],
    ),
    guli(
        "partial_payment",
        None,
        day(12, 15),
        "你好，今天付了44000元，回单在附件，请查收。剩下的44000元按刘会计说的一月底前付。",
        atts=["农发行回单.jpg"],
    ),
    wjj(
        "more_time",
        None,
        day(12, 30),
        "王经理，剩下的四万四，一月底还是有点紧，棉花价格这两个月往下走，能不能再往后推到春节以后？",
        note="春节以后 names no day",
    ),
]

# 哈尔滨 冰城冰雪文化旅游集团 (SOE): 上线款 ￥158,000 (票务与闸机系统); a reminder and a 催款函.
zhao = who("olzhcn", "赵铁军", "zhaotiejun@hbicesnow.com", "ze_bing")
sxm = who("owazh", "孙晓梅", "sunxiaomei@hbicesnow.com", "ze_bing")
han = who("ioszh", "韩立新", "hanlixin@hbicesnow.com", "ze_bing")
han_dm = who("olmobzh", "韩立新", "hanlixin@hbicesnow.com", "ze_bing_dm", stage="demand")
yuj = who("qqapp", "于佳", "1502236698@qq.com", "ze_bing")
liy = who("coremail", "李阳", "liyang.legal@hbicesnow.com", "ze_bing_dm", stage="demand")
office = who("olzhcnplain", "集团办公室", "office@hbicesnow.com", "ze_bing")
nat = who("n163en", "Natasha Ivanova", "natasha_iv@163.com", "ze_bing")

BING = [
    nat(
        "paid",
        None,
        day(12, 18),
        "Hello Mr. Wang,\n\nFinance told me the payment is done today. Thank you for the help with the gates!\n\nNatasha",
    ),
    zhao(
        "promise",
        day(12, 18),
        day(12, 2),
        "王经理：\n\n您好！上线款的付款申请已在集团OA提交（流程号FK-2026-11873），目前在总会计师节点审批。"
        "集团每月18日统一对外付款，顺利的话本月18日能付出。\n\n赵铁军\n信息中心主任\n电话：0451-8766 2310",
    ),
    zhao(
        "bank_question",
        None,
        day(12, 3),
        "王经理：资金中心付款需要贵司开户行的12位联行号，请提供。谢谢！\n\n赵铁军",
    ),
    yuj(
        "dispute",
        None,
        day(12, 3),
        "王经理，跟你反映个事儿。闸机人脸识别零下二十度就不好使了，测试那几天游客排队排到门口，冻得直跺脚。"
        "开园前这事儿整不明白，我们领导说上线款不能付。",
        danger=True,
    ),
    nat(
        "promise",
        None,
        day(12, 4),
        "Hello Mr. Wang,\n\nI am Natasha from International Department. Our director ask me to tell you: "
        "payment will be after the park opening on 18 December, because now all money go to the opening.\n\n"
        "Best regards,\nNatasha",
        note="after the opening on 18 December: the event's day is not the payment's",
    ),
    sxm(
        "dispute",
        None,
        day(12, 4),
        "王经理您好：\n\n贵司开具的上线款发票，购买方名称写成了“哈尔滨冰城冰雪文旅集团有限公司”，缺“文化旅游”四字，"
        "应为“哈尔滨冰城冰雪文化旅游集团有限公司”；纳税人识别号也有误（应为91230100MA1BX4K72Q）。"
        "该发票无法入账，请作废后重新开具，收到正确发票后我们再安排付款。\n\n孙晓梅\n财务共享中心",
        danger=True,
    ),
    han("other", None, day(12, 7), "收到，让赵主任跟进。"),
    liy(
        "dispute",
        None,
        day(12, 8),
        "王明经理：\n\n贵司2026年12月7日催款函收悉。经核，依据合同第五条第二款，上线款的付款条件为"
        "“系统上线试运行满三十日且经甲方验收合格”。系统于2026年11月20日开始试运行，至今未满三十日，"
        "且闸机低温识别问题尚未解决，付款条件尚未成就，我司不存在逾期付款的情形。请贵司尽快完成整改。\n\n"
        "哈尔滨冰城冰雪文化旅游集团有限公司 法务部\n李阳\n二〇二六年十二月八日",
        danger=True,
    ),
    han_dm(
        "dispute",
        None,
        day(12, 8),
        "王总，你们这个函发得不合适吧？闸机的问题还没解决就发催款函，合作不是这么合作的。问题先解决，别的再说。",
        danger=True,
        note="the general manager answers the demand: fix first, nothing else until then",
    ),
    office(
        "other",
        None,
        day(12, 9),
        "您好，韩总本周在北京开会，您的邮件已转信息中心赵主任处理。\n\n集团办公室",
    ),
    sxm(
        "promise",
        day(12, 18),
        day(12, 10),
        "王经理：重开的发票已收到，核对无误。上线款已纳入本月18日集团统一支付批次。\n\n孙晓梅",
    ),
    zhao(
        "acceptance",
        None,
        day(12, 14),
        "王经理：\n\n闸机低温识别问题经贵司现场整改，12月12日夜间复测通过（零下26℃，识别率99.3%），"
        "验收报告已签字，见附件。感谢贵司工程师连夜加班。\n\n赵铁军",
        atts=["闸机低温复测验收报告.pdf"],
    ),
    sxm(
        "promise",
        day(12, 18),
        day(12, 15),
        "王经理，总会计师已批，见下。\n\n-------- 转发邮件 --------\n发件人: 高志远\n发送时间: 2026年12月15日 9:12\n"
        "收件人: 孙晓梅\n主题: 同意付款\n\n同意支付冰雪大世界票务系统上线款158,000元，列入12月18日支付批次。\n高志远",
        note="a forwarded approval: the payment is put in the batch of the 18th",
    ),
    yuj(
        "other",
        None,
        day(12, 18),
        "王经理，开园了！闸机现在好使了👍 想问一下年卡用户能不能加个刷身份证入园的功能？大概多少钱？",
    ),
    sxm(
        "paid",
        None,
        day(12, 18),
        "王经理：上线款158,000.00元已于今日通过集团资金中心支付，电子回单见附件，请查收。\n\n孙晓梅\n财务共享中心",
        atts=["电子回单_HB-2026-008.pdf"],
    ),
]

# 重庆 渝味坊食品 (hotpot base): 验收款 ￥64,000 (炒料车间批次追溯与MES); Chongqing speech.
deng = who("qqapp", "邓红", "1733860925@qq.com", "ze_huo")
hsf = who("huawei", "何师傅", "heshifu@yuweifang.com", "ze_huo")
zhl = who("n126", "周丽", "zhouli_ywf@126.com", "ze_huo")
xiem = who("tbzh", "谢敏", "xiemin@yuweifang.com", "ze_huo")
cnw = who("qqhtml", "出纳小吴", "2463371809@qq.com", "ze_huo")
cindy = who("qqappen", "Cindy Tang", "cindy.tang@yuweifang.com", "ze_huo")

HUO = [
    cindy(
        "paid",
        None,
        day(12, 10),
        "Hi Mr Wang, finance already paid the balance 32,000 on 8 Dec, pls check. Thanks!\nCindy",
    ),
    deng(
        "promise",
        day(12, 7),
        day(12, 2),
        "晓得了晓得了 勒个钱我们又不是不给 这两天忙得很 下个礼拜一给你们打过去嘛",
    ),
    deng(
        "more_time",
        day(12, 18),
        day(12, 4),
        "王经理 剩下那三万二 下礼拜一怕是打不出来哦 周会计说账上莫得那么多 能不能再缓两个礼拜嘛",
        note="her own Monday given up for the rest; two weeks asked (day + 14)",
    ),
    hsf(
        "dispute",
        None,
        day(12, 3),
        "王经理我跟你说 你们那个扫码枪在炒料间根本用不得 油烟大得很 糊起了就扫不出来 每一锅的批次号还是我们手写的 "
        "勒个系统等于白装了 验收款你们莫想",
        danger=True,
    ),
    zhl(
        "dispute",
        None,
        day(12, 3),
        "王经理：你好！验收款64,000元我们今天先付了32,000元，回单见附件。另外32,000元要等车间扫码的问题解决了再付，"
        "这个是何师傅和邓总的意思。\n\n周丽",
        atts=["回单.pdf"],
        danger=True,
        note="half paid, the rest held until our fix: dispute (labels.yaml)",
    ),
    cindy(
        "dispute",
        None,
        day(12, 4),
        "Hi Mr. Wang, our boss ask me tell you the invoice title is wrong, should be 重庆渝味坊食品有限公司, "
        "your invoice write 重庆渝味食品有限公司, miss one word. Finance can not pay with this invoice, pls reissue. "
        "Thanks!\nCindy",
        danger=True,
    ),
    cnw(
        "bank_question",
        None,
        day(12, 7),
        "你好，我们网银转账的时候提示“户名与账号不符”，你们的户名就是示例科技有限公司吗？还是要带分公司的名字？麻烦确认一下。",
        danger=True,
    ),
    xiem(
        "acceptance",
        None,
        day(12, 9),
        "换了防油污的扫码枪以后，这周连着试了三天，三个炒料间每锅批次号都扫得出来，追溯报表也对得上。"
        "品控这边没意见了，验收单我签了，交给周会计了。\n\n谢敏\n品控部",
        below=True,
    ),
    deng(
        "paid",
        None,
        day(12, 9),
        "周会计说剩下的三万二昨天已经打过去了 你们看一哈到没到 到了说一声嘛",
        note="relayed from the accountant but definite: paid yesterday",
    ),
    zhl(
        "paid",
        None,
        day(12, 10),
        "王经理：剩余32,000元已于12月8日付出，回单见附件，请查收。重开的发票也收到了，谢谢。\n\n周丽",
        atts=["回单2.pdf"],
    ),
    hsf(
        "other",
        None,
        day(12, 10),
        "你们小刘师傅可以哦 大冷天跑了三趟 扫码枪现在巴适得很 替我谢谢他",
    ),
]

# 献县 清源供水 (county water company, SOE): 验收款 ￥212,000; a reminder and a 催款函.
wsm = who("olzhcn", "王淑敏", "wangshumin@xxqingyuan.com", "ze_shui")
wsmp = who("olzhcnplain", "王淑敏", "wangshumin@xxqingyuan.com", "ze_shui")
lzg_dm = who("mailmaster", "刘振国", "liuzhenguo_xx@163.com", "ze_shui_dm", stage="demand")
lzg = who("mailmaster", "刘振国", "liuzhenguo_xx@163.com", "ze_shui")
zjj = who("huawei", "张建军", "zhangjianjun@xxqingyuan.com", "ze_shui")
mwd = who("n126", "马卫东", "maweidong_xx@126.com", "ze_shui")

SHUI = [
    wsm(
        "more_time",
        day(1, 15, 2027),
        day(12, 2),
        "王经理：\n\n您好！我公司属县属国有企业，验收款需使用县财政拨付的管网改造专项资金支付。目前该专项资金尚未到位，"
        "能否宽限至2027年1月15日前支付？望理解。\n\n王淑敏\n献县清源供水有限公司 财务部\n0317-4612235",
    ),
    zjj(
        "dispute",
        None,
        day(12, 3),
        "王经理 你们那个远传水表上个月有三百多户读数是零 老百姓的水费都收不上来 营业所天天挨骂 "
        "这个验收款咋给你们 先把表的事弄好再说吧",
        danger=True,
    ),
    lzg_dm(
        "dispute",
        None,
        day(12, 4),
        "王经理：\n收到贵司的催款函。我们不是不付，三百多块表不上传数据的问题你们拖了一个多月了，县住建局也在问。"
        "问题解决了，款我们一分不会少；问题不解决，这个款没法付。\n刘振国",
        danger=True,
    ),
    lzg(
        "other",
        None,
        day(12, 9),
        "王经理，我们财务说这笔钱是县财政国库支付中心直接付，付款单位不是我们公司的名字，你们那边入账能认吗？",
        note="a question about the payer's name, not about our account",
    ),
    mwd(
        "acceptance",
        None,
        day(12, 10),
        "王经理：故障表计已全部更换完毕，12月3日至9日连续7天数据上传率99.6%，达到合同约定的98%以上。"
        "技术科确认验收合格。\n马卫东 技术科",
    ),
    wsmp(
        "promise",
        day(12, 18),
        day(12, 11),
        "王经理：专项资金已到账，验收款212,000元已报县财政国库支付中心，预计12月18日前支付到贵司账户。\n王淑敏",
    ),
    wsm(
        "partial_payment",
        None,
        day(12, 18),
        "王经理：验收款已由县国库支付中心于12月17日支付201,400元，按合同第七条扣留5%质保金10,600元，"
        "质保期满后另行支付。支付凭证截图见附件，请查收。\n\n王淑敏",
        atts=["国库支付凭证.png"],
        note="5 % retention kept: partial (labels.yaml)",
    ),
    wsm(
        "resend_request",
        None,
        day(12, 4),
        "王经理：县财政审核需要验收款发票原件和验收报告复印件各一份，请寄到我公司财务部，我们再报国库。\n\n王淑敏",
        note="documents for the treasury's review: resend",
    ),
]

# 宁德 官井洋渔业 (large yellow croaker farm): 中期款 ￥52,000 (深水网箱水质与投喂监测).
lss = who("huawei", "林水生", "linshuisheng@gjyfishery.com", "ze_yu")
zmy = who("alimail", "郑美玉", "zhengmeiyu@gjyfishery.com", "ze_yu")
chh = who("qqweb", "陈海", "1120457763@qq.com", "ze_yu")
linx = who("gmailzh", "林晓", "linxiao.nd@gmail.com", "ze_yu")
ZMY_FIRST = (
    "王经理：您好！中期款52,000元已于11月27日通过农商行转账支付，回单见附件，请查收。\n\n郑美玉"
)

YU = [
    lss(
        "more_time",
        None,
        day(12, 3),
        "王经理 我想了一下 能不能分两次给 这个月先给一半 剩下的过年前给 你看行不行",
        note="two instalments asked, the second 过年前 (no day)",
    ),
    lss(
        "promise",
        None,
        day(12, 2),
        "王经理 钱我知道的 现在鱼还在网箱里没卖 等过年前鱼卖掉了就给你们 年前一定给",
        note="年前 alone names no day",
    ),
    zmy("paid", None, day(12, 3), ZMY_FIRST, atts=["农商行回单.pdf"]),
    chh(
        "dispute",
        None,
        day(12, 4),
        "王经理，上礼拜冷空气来的那两天，5号网箱溶氧一直显示正常，实际上缺氧死了两千多斤大黄鱼，手机上一次报警都没收到。"
        "这个损失你们要给个说法，说清楚之前钱先不付。",
        danger=True,
    ),
    zmy(
        "promise",
        day(12, 11),
        day(12, 7),
        "王经理：不好意思，上周说11月27日付的那笔是付给饲料厂的，不是贵司的，我看错了。贵司的中期款还没付，"
        "林总说本周五之前付。\n\n郑美玉",
        earlier=ZMY_FIRST,
        danger=True,
        note="her own paid claim withdrawn under its quote",
    ),
    linx(
        "resend_request",
        None,
        day(12, 8),
        "王先生您好，我是林总的女儿林晓。我爸让我问一下，中期款的发票能不能开成数电票发到这个邮箱？"
        "我们公司现在都用电子发票了。谢谢！",
    ),
    lss(
        "promise", day(12, 11), day(12, 8), "钱还没付 不是不付啊 美玉那边搞错了 这礼拜五之前肯定付"
    ),
    zmy(
        "paid",
        None,
        day(12, 11),
        "王经理：中期款52,000元今天已付，回单见附件。\n\n郑美玉",
        atts=["回单.pdf"],
    ),
    linx(
        "other",
        None,
        day(12, 14),
        "王先生，报警的事你们工程师说是传感器探头被海蛎子附着了，要定期清洗，这个我们认了。"
        "想问一下能不能每个月派人来洗一次？麻烦报个价。",
    ),
]

# 曹县 锦绣华裳服饰 (hanfu maker, live-stream sales): 上线款 ￥75,000; Shandong speech.
ssh = who("qqapp", "孙帅", "2091557346@qq.com", "ze_han")
wei = who("n163", "魏会计", "wei_kj_jxhs@163.com", "ze_han")
xlei = who("mmios", "小蕾", "xiaolei_jxhs@126.com", "ze_han")
lge = who("qqweb", "仓库 老葛", "1395528047@qq.com", "ze_han")
ljing = who("applezh", "刘静", "liujing_jxhs@icloud.com", "ze_han")

HAN = [
    ssh(
        "more_time",
        day(12, 17),
        day(12, 2),
        "俺知道了 这几天备双十二的货 钱都压在面料上了 恁再宽限俺半个月中不中",
        note="宽限半个月 = reply day + 15",
    ),
    xlei(
        "dispute",
        None,
        day(12, 3),
        "王经理，11月28号晚上那场直播，下单高峰的时候系统直接卡死，丢了四百多单，好多客户投诉退款，主播都急哭了。"
        "这个事你们不给个说法，上线款不好付。",
        danger=True,
    ),
    wei(
        "resend_request",
        None,
        day(12, 4),
        "王经理：上线款发票收到了，信息没问题，就是我们财务系统要求备注栏写上合同编号CX-2026-027，"
        "麻烦重开一张带备注的，谢谢。\n\n魏会计",
        note="the client's own reference added, no fault said",
    ),
    lge(
        "other",
        None,
        day(12, 7),
        "问一下，打面单的时候快递单号跟订单对不上，是你们系统的问题还是快递那边的问题？今天有二十多单要重打。",
        note="a support question from the warehouse, no objection to paying",
    ),
    ssh(
        "promise",
        day(12, 16),
        day(12, 9),
        "卡的问题恁的人来弄好了 双十二那天晚上八万多单也没卡 上线款下礼拜三之前给恁打过去",
    ),
    ljing(
        "other",
        None,
        day(12, 10),
        "王经理，上次直播丢的那四百多单，后台还能恢复出来吗？客服要一单一单联系客户。",
    ),
    wei("paid", None, day(12, 16), "见附件", atts=["网银回单.pdf"]),
    ssh("paid", None, day(12, 16), "钱今天走了 魏会计弄的 恁查收一下"),
]

ZE_SET = [*JIU, *MIAN, *BING, *HUO, *SHUI, *YU, *HAN, *ZE_INTL, *ZE_MACHINE]
