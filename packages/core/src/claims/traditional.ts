/**
 * Traditional characters folded to the simplified ones our terms are written in, one for one so
 * positions stay put. Covers the vocabulary of these statistics, not the whole script.
 */
const TRADITIONAL =
  "網億萬規數據電視頻購務戶寬帶農鎮線當醫療遊戲聽絡聯與較長達為約將過對體佔計統報發佈開門號實額總費銷產業機應點讀學車預訂辦尋時訊劇級齡歲鄉區個兩減滲間來這國際資環億價錢幣內壓設備貨幣業態場廣歷屆東亞並從說據雲營運術關連續務場會還頭專僅獲創經濟網絡傳輸動別書華銀們進單類讓認顯輕賽飲節話蓋縣質綜導權變漲餘齊於後裡賬";
const SIMPLIFIED =
  "网亿万规数据电视频购务户宽带农镇线当医疗游戏听络联与较长达为约将过对体占计统报发布开门号实额总费销产业机应点读学车预订办寻时讯剧级龄岁乡区个两减渗间来这国际资环亿价钱币内压设备货币业态场广历届东亚并从说据云营运术关连续务场会还头专仅获创经济网络传输动别书华银们进单类让认显轻赛饮节话盖县质综导权变涨余齐于后里账";

const FOLD = new Map<string, string>();
for (let index = 0; index < TRADITIONAL.length; index++) {
  const from = TRADITIONAL[index];
  const to = SIMPLIFIED[index];
  if (from && to) FOLD.set(from, to);
}

/** The simplified form of one character, or the character itself. */
export function simplify(char: string): string {
  return FOLD.get(char) ?? char;
}
