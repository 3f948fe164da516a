/**
 * Rules as data. The classifier (classify.ts) decides mostly on general
 * signals (signals.ts: length, Thai ratio, function-word density, position,
 * runs of short lines, repetition); these tables hold the vocabulary those
 * signals cannot see. Each entry says what page pattern it is for.
 */

/**
 * Thai function words (particles, prepositions, conjunctions, auxiliaries).
 * Their density separates running prose from menus, labels and headlines.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'ที่ ซึ่ง อัน และ หรือ แต่ แล้ว ก็ ของ ใน ใน การ ความ ว่า ได้ ให้ เป็น อยู่ คือ จะ ไม่ มี กับ แก่ จาก โดย ต่อ ถึง ไป มา ขึ้น ลง ออก ' +
    'นี้ นั้น เหล่านี้ เพื่อ เพราะ เนื่องจาก ด้วย ยัง อีก ทั้ง เมื่อ ขณะ ระหว่าง หลัง ก่อน ตาม ซึ่ง จึง ได้แก่ รวมถึง รวมทั้ง อย่าง ๆ ' +
    'เขา เรา พวกเขา ตน ตนเอง มัน ท่าน กล่าว ระบุ เผย รายงาน ต้อง ควร อาจ กำลัง เคย ถูก โดยที่ แม้ แม้ว่า หาก ถ้า ดังนั้น อย่างไรก็ตาม ' +
    'นอกจากนี้ ทั้งนี้ ซึ่งเป็น เป็นการ ไว้ แล้วก็ กัน ทาง ด้าน เกี่ยวกับ สำหรับ ภายใน ภายใต้ ผ่าน ตั้งแต่ จน จนถึง ยิ่ง มาก กว่า'
  ).split(/\s+/),
);

/** A line-level rule: `re` is tested against the normalised line. */
export interface LineRule {
  rule: string;
  re: RegExp;
  /** only for lines up to this many characters (chrome labels are short) */
  maxLength?: number;
}

/**
 * Site chrome: widget labels, menus, notices. General vocabulary of Thai and
 * international news sites, matched only on short lines (maxLength) so a
 * sentence that merely mentions "ความคิดเห็น" stays in the article.
 */
export const CHROME_RULES: readonly LineRule[] = [
  // share bars: "แชร์", "Share", "Facebook Twitter Line", "คัดลอกลิงก์", "ลิ้งค์เชื่อมต่อ" (VOA Thai's link-sharing widget)
  { rule: 'share-widget', re: /^(?:[•·|>\-–]\s*)?(?:แชร์|share|tweet|ทวีต|คัดลอกลิ(?:้ง|ง)ค?์?|copy link|ลิ(?:้ง|ง)ค์เชื่อมต่อ|ลิงก์ที่เกี่ยวข้อง|facebook|twitter|line|x|email|อีเมล|print|พิมพ์)(?:\s*[:|,/]?\s*(?:facebook|twitter|line|x|email|messenger|whatsapp|telegram|แชร์|share))*\s*$/iu, maxLength: 60 },
  // comment widgets: "กระดานความเห็น", "แสดงความคิดเห็น", "การแสดงความคิดเห็น (0)", "ความคิดเห็น 12", "Comments"
  { rule: 'comment-widget', re: /^(?:การ)?(?:แสดง)?(?:กระดาน)?ความ(?:คิด)?เห็น(?:ทั้งหมด)?\s*(?:\(\d+\)|\d+)?\s*$|^comments?\s*(?:\(\d+\))?$|^(?:เขียน|ส่ง)ความ(?:คิด)?เห็น/iu, maxLength: 40 },
  // font-size switchers: "XS SM MD LG", "ก ก ก", "A- A A+", "ขนาดตัวอักษร"
  { rule: 'font-size-widget', re: /^(?:xs|sm|md|lg|xl|xxl|a\+|a-|a|ก\+?|ก-)$|^ขนาด(?:ตัว)?อักษร|^font size$/iu, maxLength: 20 },
  // cookie / privacy consent banners (any site)
  { rule: 'cookie-notice', re: /คุกกี้|cookie|นโยบายความเป็นส่วนตัว|privacy policy|ข้อตกลงการใช้บริการ/iu, maxLength: 400 },
  // copyright lines: "Copyright © 2024 …", "Copyrights(C)wowkorea.jp 5", "สงวนลิขสิทธิ์"
  { rule: 'copyright', re: /^(?:©|\(c\)|copyrights?\b|สงวนลิขสิทธิ์|all rights reserved|ลิขสิทธิ์)|(?:©|copyright\s*(?:\(c\)|©)?)\s*\d{4}|all rights reserved|สงวนลิขสิทธิ์/iu, maxLength: 200 },
  // related-content block titles: "หัวข้อเดียวกัน", "หมวดหมู่เดียวกัน", "ผู้เขียนเดียวกัน", "ข่าวที่เกี่ยวข้อง", "อ่านข่าวต่อ", "Related"
  { rule: 'related-heading', re: /^(?:ข่าว|บทความ|เรื่อง)?(?:ที่)?(?:เกี่ยวข้อง|แนะนำ|ล่าสุด|ยอดนิยม|อื่น ?ๆ)$|เดียวกัน$|^(?:อ่าน(?:ข่าว)?(?:ต่อ|เพิ่มเติม|ทั้งหมด)|อ่านต่อที่|ดูทั้งหมด|ดูเพิ่มเติม|เพิ่มเติม)\b|^(?:related|read more|more stories|recommended|most popular|latest news|see also)\b/iu, maxLength: 60 },
  // empty-state placeholders of scraped widgets: "No data", "No videos available", "ไม่พบข้อมูล", "Loading..."
  { rule: 'empty-widget', re: /^(?:no (?:data|videos?|results?|comments?)(?: available| found)?|loading\.*|ไม่พบข้อมูล|ไม่มีข้อมูล|กำลังโหลด\.*)$/iu, maxLength: 40 },
  // tag lists and breadcrumbs: "Tags: …", "แท็ก: …", "หน้าแรก > ข่าว > …"
  { rule: 'tags-breadcrumb', re: /^(?:tags?|แท็ก|แท็ค|คำค้น|หมวดหมู่|category)\s*[:：]|^(?:หน้าแรก|home)\s*[>›»/|]/iu, maxLength: 200 },
  // subscription / follow / app promos
  { rule: 'promo', re: /^(?:ติดตาม(?:เรา|ข่าวสาร)?(?:ได้)?ที่|follow us|subscribe|สมัครสมาชิก|ดาวน์โหลดแอป|download (?:the )?app|เข้าสู่ระบบ|log ?in|sign ?in|สมัคร(?:รับ)?(?:ข่าว|จดหมายข่าว)|newsletter)/iu, maxLength: 120 },
  // hashtag lines under articles: "#ปูติน #คิมจองอึน #ข่าวต่างประเทศ"
  { rule: 'hashtags', re: /^(?:#[^\s#]+\s*){2,}$/u, maxLength: 200 },
  // advertising labels
  { rule: 'advertising', re: /^(?:โฆษณา|advertisement|sponsored|ads?)$/iu, maxLength: 20 },
];

/**
 * Metadata lines (belong in frontmatter). Tested before chrome rules.
 * - source-url: "ที่มา: https://…", "Source: https://…", "อ้างอิง: https://…"
 * - credit: "• ที่มา: เอพี", "ที่มา: รอยเตอร์", "ฮัว หวู่ (ที่มา: รอยเตอร์)", "เรียบเรียงโดย …", "ภาพ: …" lines of their own
 */
export const SOURCE_LABEL = /^(?:[•·\-–*]\s*)?(?:ที่มา|แหล่งที่มา|แหล่งข่าว|อ้างอิง|source|via|credit|เครดิต)\s*[:：]\s*/iu;
export const CREDIT_PAREN = /\((?:ที่มา|แหล่งที่มา|source|ภาพ|photo|credit)\s*[:：][^)]*\)\s*$/iu;
export const AUTHOR_LABEL = /^(?:[•·\-–*]\s*)?(?:เรียบเรียง(?:โดย)?|เขียนโดย|ผู้เขียน|รายงานโดย|โดย|by|written by|reporter|ผู้สื่อข่าว|แปลและเรียบเรียง)\s*[:：]?\s*/iu;

/**
 * Photo captions: newswire photo credits in parentheses at the end,
 * "แฟ้ม -" (file photo) prefixes, "(ภาพ: …)" / "(Photo: …)".
 */
export const CAPTION_RE = /\((?:[^()]*(?:photo|ภาพ|AP|Reuters|AFP|รอยเตอร์|เอเอฟพี|เอพี|Getty|EPA|Xinhua|ซินหัว|KCNA|เคซีเอ็นเอ|file)[^()]*)\)\s*$|^(?:แฟ้ม|ภาพแฟ้ม|ภาพประกอบ|file photo|ภาพ)\s*[-–:—]/iu;

/**
 * Section heading markers used by Thai outlets: "*หัวข้อ", "■ หัวข้อ", "▶ หัวข้อ".
 * Not "#": in scraped text a leading "#" is a hashtag, and it stays literal text.
 */
export const HEADING_MARKER = /^(?:\*{1,3}|■|□|▶|►|●|◆|◇|♦)\s*(?=[^\s*])/u;

/**
 * Per-site patterns. Only where a general signal can't do it; keep them here.
 */
export const SITE_RULES: readonly LineRule[] = [
  // Vietnam.vn aggregator pages carry a Vietnamese site slogan as their first line
  // ("Vietnam.vn - Nền tảng quảng bá Việt Nam"); caught by the foreign-language
  // header rule too, kept here as the documented example of a site banner.
  { rule: 'site:vietnam.vn-banner', re: /^vietnam\.vn\s*[-–|]/iu, maxLength: 80 },
];

/** Words that label a line as a date/byline even without a parsable date. */
export const DATELINE_LABEL = /^(?:date|วันที่|เผยแพร่|published|updated|อัปเดต|อัพเดท|โพสต์|posted)\s*[:：]?\s*/iu;

/** Section labels glued to headlines by page templates ("In Focus", "ข่าวต่างประเทศ", "World"). */
export const GLUED_LATIN_LABEL = /^([A-Z][A-Za-z&' ]{1,30}?)(?=[\u0E01-\u0E4E"“‘'])/u;
