/**
 * Words that narrow a figure to part of the population or to another kind of quantity (a market, accounts,
 * all mobile base stations, one company's users, one province's sales); a metric whose own words do not
 * include them is another metric.
 */
const MARKER =
  /\b(?:rural|urban|village|villages|countryside|minors?|teenagers?|young people|youths?|students?|aged|elderly|seniors?|older people|women|men|new (?:internet )?users|newcomers|farmers|province|provincial|market|revenue|monthly active|mobile (?:phone )?base stations?|4g|education|college|companies|firms|enterprises|inbound|foreign visitors|tourists|(?<=(?:those|people|users|adults|netizens|residents|seniors) )(?:over|under|above) \d{2}|over-\d{2}s?|silver(?:-haired)?|pensioners?|retirees?|sixty-plus|\d{2}-plus|underage|juveniles?|children|kids|post-(?:19|20)?\d0s|gen(?:eration)? z|disabled|disabilities|smart (?:connected )?cars?|in-car|connected cars?|non-internet users|non-users|offline population|(?:did not|do not|does not|didn't|don't|doesn't|never) (?:use|access|go on|get on) the internet|not (?:yet )?online|meituan|baidu|douyin|tiktok|jd(?:\.com)?|alibaba|taobao|tmall|tencent|wechat|alipay|pinduoduo|kuaishou|bytedance|guangdong|shanghai|zhejiang|jiangsu|shandong|henan|sichuan|hubei|hunan|fujian|anhui|hebei|shaanxi|liaoning|jiangxi|chongqing|yunnan|guangxi|shanxi|guizhou|jilin|heilongjiang|tianjin|inner mongolia|xinjiang|gansu|hainan|ningxia|qinghai|tibet|xizang|shenzhen|hangzhou|guangzhou)\b|\.cn|农村|城镇|城市|乡村|未成年|青少年|老年|老人|儿童|残疾|岁|学生|新增网民|新网民|女性|男性|农民|银发|省|市场|收入|账号|月活|移动电话基站|4g基站|学历|大专|本科|企业|入境|境外|外籍|汽车|车载|非网民|z世代|\d0后|美团|百度|抖音|京东|阿里|淘宝|天猫|腾讯|微信|支付宝|拼多多|快手|字节跳动|广东|上海|浙江|江苏|山东|河南|四川|湖北|湖南|福建|安徽|河北|陕西|辽宁|江西|重庆|云南|广西|山西|贵州|吉林|黑龙江|天津|内蒙古|新疆|甘肃|海南|宁夏|青海|西藏|深圳|杭州|广州/g;

/** Every sub-population word in a normalized claim. */
export function findSubPopulations(text: string): { start: number; end: number }[] {
  return [...text.matchAll(MARKER)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
