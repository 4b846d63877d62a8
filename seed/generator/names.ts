/**
 * Word pools for fictional but ordinary-sounding Japanese names: people by generation, places, hubs. Every name the
 * generator writes is drawn from these lists, so no real person or place is described.
 */
import type { Random } from './random.js';

export type Sex = 'F' | 'M';

export const surnames = [
  '森本', '高瀬', '柴田', '三浦', '今井', '堀口', '桑原', '小野寺', '宮坂', '杉浦', '野沢', '片桐', '長谷部', '川端',
  '岡島', '平塚', '大沢', '土屋', '竹内', '栗原', '吉岡', '西川', '福田', '藤井', '松尾', '菅原', '望月', '村瀬',
  '榎本', '浅野', '石黒', '内藤', '滝沢', '飯島', '沢田', '丹羽', '細川', '荒木', '関口', '矢野', '早川', '横山',
  '戸田', '星野', '小松', '北村', '秋山', '坂口', '中西', '白石', '大塚', '須藤', '千葉', '永井', '水野', '本田',
  '久保', '安藤', '川村', '黒田', '宇野', '奥村', '葛西', '工藤', '佐久間', '島袋', '新井', '瀬川', '高木', '辻本',
  '寺島', '中原', '根岸', '野口', '畑中', '日高', '古川', '前川', '松浦', '三宅', '村上', '森田', '柳田', '吉川',
] as const;

/** Given names by the decade of birth they were common in, so a 80代 woman is not called 陽葵. */
const givenNames: Record<'prewar' | 'postwar' | 'boom' | 'showa' | 'heisei' | 'reiwa', Record<Sex, readonly string[]>> = {
  prewar: {
    M: ['清', '茂', '勇', '博', '実', '正男', '武', '進', '昭', '稔', '弘', '和夫', '義雄', '勝', '三郎', '忠'],
    F: ['和子', '幸子', '節子', '久子', '文子', '正子', '敏子', '悦子', '静江', '千代', 'キヨ', 'ハル', '光子', 'ミツ', '信子', 'トシ子'],
  },
  postwar: {
    M: ['隆', '修', '誠', '茂樹', '正', '健一', '孝', '明', '秀夫', '俊夫', '信夫', '康夫'],
    F: ['恵子', '京子', '洋子', '順子', '美智子', '和美', '典子', '弘子', '喜代美', '啓子', '悦子', '律子'],
  },
  boom: {
    M: ['浩', '浩二', '徹', '聡', '哲也', '伸也', '健二', '和彦', '達也', '修一', '宏', '英樹'],
    F: ['由美子', '真由美', '裕子', '明美', '直美', '久美子', '智子', '美香', '尚美', '陽子', '幸恵', '純子'],
  },
  showa: {
    M: ['大輔', '拓也', '健太', '直樹', '亮', '和也', '剛', '雄一', '崇', '淳', '貴之', '慎吾'],
    F: ['愛', '彩', '舞', '麻衣', '恵', '香織', '沙織', '千尋', '由佳', '瞳', '綾', '美穂'],
  },
  heisei: {
    M: ['翔', '大樹', '拓海', '優斗', '蓮', '颯太', '涼', '海斗', '陸', '悠人'],
    F: ['美咲', '彩花', '葵', '菜々子', '遥', '七海', '萌', '真央', '優花', '莉子'],
  },
  reiwa: {
    M: ['陽翔', '湊', '蒼', '悠真', '樹', '大和', '律', '碧', '朝陽', '蒼空'],
    F: ['陽葵', '凛', '結菜', '芽依', '紬', 'さくら', '結衣', '心春', '澪', '杏'],
  },
};

function generation(age: number): keyof typeof givenNames {
  if (age >= 80) return 'prewar';
  if (age >= 65) return 'postwar';
  if (age >= 50) return 'boom';
  if (age >= 33) return 'showa';
  if (age >= 18) return 'heisei';
  return 'reiwa';
}

export function givenName(random: Random, age: number, sex: Sex): string {
  return random.pick(givenNames[generation(age)][sex]);
}

/** "姓 名", the way a register lists a resident. */
export function personName(surname: string, given: string): string {
  return `${surname} ${given}`;
}

export const townNames = ['みなと野市', 'あおば台市', 'ひばりが丘市', 'わかくさ市', 'しらゆり市', 'かすみ台市', 'ことぶき市', 'つばさ野市'];

/** Tier-2 district names (中学校区): the first ones are compass points, as towns usually name them. */
export const districtNames = [
  '北', '南', '東', '西', '中央', '緑', '旭', '青葉', '若葉', '桜', '富士見', '白鷺', '松風', '明和', '朝日',
  '清流', '双葉', '高砂', '常盤', '日進', '泉', '光陽', '栄', '瑞穂', '千歳', '大和', '昭和', '平和', '新町', '城山',
];

/** Tier-3 neighbourhood names (小学校区・地区社協). */
export const neighbourhoodNames = [
  '日の出', '柏木', '緑ヶ丘', '港町', '栄町', '蓮沼', '本町', 'つつじ野', '大久保', '上郷', '下郷', '中島', '新田',
  '宮前', '寺山', '梅が丘', '桐生台', '松原', '竹の内', '杉の子', '鶴巻', '亀井', '向陽', '天神', '八幡', '稲荷',
  '岩井', '川原', '沼田', '花園', '若竹', '北浜', '南浜', '西原', '東原', '上野原', '高台', '谷戸', '浜町', '幸町',
  '末広', '錦', '曙', '弥生', '睦', '春日', '住吉', '大野', '小山', '長峰', '水元', '桜木', '柳町', '小松原', '菖蒲',
  '萩', '藤見', '桃園', '椿', '楓', '紅葉台', '白山', '青木', '黒岩', '赤坂', '金沢', '銀杏', '石原', '砂田', '平野',
];

/** Nicknames hubs are given (「ひまわりサロン」, 「はすの会」). */
export const hubNicknames = [
  'ひまわり', 'たんぽぽ', 'すみれ', 'こすもす', 'ひだまり', 'なごみ', 'ふれあい', 'いきいき', 'わかば', 'にじいろ',
  'あおぞら', 'きずな', 'ほっと', 'よりみち', 'えがお', 'まんまる', 'どんぐり', 'つどい', 'やすらぎ', 'のんびり',
];
