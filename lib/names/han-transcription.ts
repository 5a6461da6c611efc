/**
 * Han characters that Chinese uses to transcribe foreign names (the Xinhua transcription tables), each with the
 * sound it stands for there, in Latin letters: 佩斯科夫 -> pe s ko f (Peskov), 库尔斯克 -> ku r s k (Kursk).
 * Only consonants matter to the name skeleton, so the vowels are rough. Characters that are common words far
 * more often than transcriptions (美, 日, 中, 方) are left out; names written with them come from the aliases.
 */
const TABLE =
  '阿a 埃e 艾ai 爱ai 安an 昂an 奥o 澳o 欧o 厄e 恩en 尔r 耳r 伊i 依i 雅ya 亚ya 耶ye 叶ye 约yo 尤yu 于yu 宇yu 乌u ' +
  '巴ba 拜bai 班ban 邦ban 保bao 鲍bao 贝be 本ben 比bi 彼bi 毕bi 宾bin 滨bin 波bo 伯bo 博bo 勃bo 布bu 蒲pu 普pu 浦pu ' +
  '帕pa 派pai 潘pan 庞pan 培pe 佩pe 彭pen 皮pi 珀po 坡po ' +
  '达da 戴dai 丹dan 道dao 德d 登den 邓den 迪di 帝di 丁din 东don 杜du 敦dun 顿don 多do 朵do ' +
  '塔ta 泰tai 坦tan 汤tan 唐tan 陶tao 特t 藤ten 提ti 梯ti 蒂ti 廷tin 通ton 图tu 托to 陀to ' +
  '法fa 凡fan 范fan 菲fi 费fe 芬fin 丰fon 冯fon 佛fo 弗f 夫f 福fu 富fu 伏vo ' +
  '瓦va 万van 旺van 威wei 韦wei 维vi 魏wei 温wen 沃vo 伍wu 翁won ' +
  '盖gai 甘gan 冈gan 高gao 戈go 哥go 格ge 葛ge 根gen 贡gon 古gu 瓜gua 圭gui 郭guo 果guo 吉gi 加ga 迦ga ' +
  '卡ka 凯kai 坎kan 康kan 考kao 柯ke 科ko 克k 肯ken 孔kon 库ku 夸kua 奎kui 昆kun 阔kuo 基ki 金kin ' +
  '哈ha 海hai 汉han 杭han 豪hao 赫he 黑he 亨hen 洪hon 侯ho 胡hu 华hua 怀hua 惠hui 霍ho 希hi 休hiu ' +
  '拉la 莱lai 赖lai 兰lan 朗lan 劳lao 勒le 雷lei 蕾lei 里li 理li 利li 莉li 丽li 连lian 廉lian 列le 林lin 琳lin ' +
  '凌lin 留liu 柳liu 龙lon 隆lon 卢lu 鲁lu 路lu 露lu 伦lun 仑lun 罗lo 洛lo 吕lu ' +
  '马ma 玛ma 迈mai 麦mai 曼man 芒man 毛mao 茅mao 梅me 门men 蒙mon 孟men 米mi 密mi 敏min 明min 摩mo 莫mo ' +
  '墨mo 默mo 姆m 穆mu 慕mu ' +
  '纳na 娜na 乃nai 奈nai 南nan 瑙nao 内ne 尼ni 妮ni 涅ne 宁nin 纽nu 努nu 诺no ' +
  '萨sa 塞se 赛sai 桑san 瑟se 森sen 斯s 思si 丝si 松son 苏su 索so 西si 锡si 席si 辛sin 欣sin 修siu 薛se ' +
  '沙sha 莎sha 山shan 绍shao 舍she 申shen 圣shen 施shi 什sh 史shi 士shi 舒shu 夏sha 霞sha 肖shao 谢she 许shu ' +
  '查cha 柴chai 切che 彻che 奇chi 契chi 恰cha 丘chu 楚chu 钦chin 琴chin 齐tsi 茨ts 采tsai ' +
  '贾ja 杰je 捷je 詹jan 乔jo 琼jon 久ju 居ju 津jin 京jin 热zhe 若zho ' +
  '扎za 泽ze 曾zen 兹z 祖zu 佐zo 策tse 翰han 那na 堪kan 罕han';

const SOUNDS: ReadonlyMap<string, string> = new Map(
  TABLE.split(' ').map((entry) => [entry.slice(0, 1), entry.slice(1)] as const),
);

/**
 * Transcription characters that also start everyday words (高度, 保持, 派遣, 希望, 威胁): a run of two of them is
 * more likely a word than a name, and one of them ending a longer run may be the next word's start.
 */
const EVERYDAY =
  '高保派希威维雷多加比特利安本达道东法格根古果海华金康科拉理连林龙路马门米明南内宁普奇切山圣史士思' +
  '松提通图万温西夏修许叶依尤于宇约曾赛费布伯博贡毕宾彻丁杜凡范佛瓜汉豪黑洪胡怀惠吉杰捷夸赖廉列' +
  '留隆伦乃奈努庞皮热若森沙申谢欣辛休纽诺塞索苏扎祖策采居久京劳兰露毛孟墨慕坡琴钦唐陶藤梯廷韦魏翁瓦乌冯丰福富伏' +
  '那堪密亚';

const EVERYDAY_SET: ReadonlySet<string> = new Set(EVERYDAY);

export function isEverydayHan(ch: string): boolean {
  return EVERYDAY_SET.has(ch);
}

/** The transcription sound of one Han character, or undefined when it is not a transcription character. */
export function hanSound(ch: string): string | undefined {
  return SOUNDS.get(ch);
}

/** The transcription characters as UTF-16 units (each is one). */
export const TRANSCRIPTION_UNITS: ReadonlySet<number> = new Set([...SOUNDS.keys()].map((ch) => ch.charCodeAt(0)));

/** 佩斯科夫 -> "pesskof": the Latin sounds of a run of transcription characters (others are skipped). */
export function hanToLatin(run: string): string {
  let out = '';
  for (const ch of run) out += SOUNDS.get(ch) ?? '';
  return out;
}
