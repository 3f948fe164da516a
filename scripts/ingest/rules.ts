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
  /** the line starts with the chrome phrase itself: chrome even when it reads like a sentence */
  strong?: boolean;
  /** only a hint: inside the article the line stays (a "---" line in the text), outside it is chrome */
  weak?: boolean;
}

/**
 * Site chrome: widget labels, menus, notices. General vocabulary of Thai and
 * international news sites, matched only on short lines (maxLength) so a
 * sentence that merely mentions "ความคิดเห็น" stays in the article.
 */
export const CHROME_RULES: readonly LineRule[] = [
  // share bars: "แชร์", "Share", "Facebook Twitter Line", "คัดลอกลิงก์", "ลิ้งค์เชื่อมต่อ" (VOA Thai's link-sharing widget)
  { rule: 'share-widget', re: /^แชร์[\p{L}\p{M}]{0,12}$|^แบ่งปัน$|^(?:[•·|>\-–]\s*)?(?:แชร์|share|tweet|ทวีต|คัดลอกลิ(?:้ง|ง)ค?์?|copy link|ลิ(?:้ง|ง)ค์เชื่อมต่อ|ลิงก์ที่เกี่ยวข้อง|facebook|twitter|line|x|email|อีเมล|print|พิมพ์)(?:\s*[:|,/]?\s*(?:facebook|twitter|line|x|email|messenger|whatsapp|telegram|แชร์|share))*\s*$/iu, maxLength: 60 },
  // comment widgets: "กระดานความเห็น", "แสดงความคิดเห็น", "การแสดงความคิดเห็น (0)", "ความคิดเห็น 12", "Comments"
  { rule: 'comment-widget', re: /^ความรู้สึกต่อ(?:ข่าว|บทความ|โพสต์)นี้$|^reactions?$|^(?:การ)?(?:แสดง)?(?:กระดาน)?ความ(?:คิด)?เห็น(?:ทั้งหมด)?\s*(?:\(\d+\)|\d+)?\s*$|^comments?\s*(?:\(\d+\))?$|^(?:เขียน|ส่ง)ความ(?:คิด)?เห็น/iu, maxLength: 40 },
  // font-size switchers: "XS SM MD LG", "ก ก ก", "A- A A+", "ขนาดตัวอักษร"
  { rule: 'font-size-widget', re: /^(?:xs|sm|md|lg|xl|xxl|a\+|a-|a|ก\+?|ก-)$|^ขนาด(?:ตัว)?อักษร|^font size$/iu, maxLength: 20 },
  // cookie / privacy consent banners (any site)
  { rule: 'cookie-notice', re: /คุกกี้|cookie|นโยบายความเป็นส่วนตัว|privacy policy|ข้อตกลงการใช้บริการ/iu, maxLength: 400 },
  // copyright lines: "Copyright © 2024 …", "Copyrights(C)wowkorea.jp 5", "สงวนลิขสิทธิ์"
  { rule: 'copyright', re: /^(?:©|\(c\)|copyrights?\b|สงวนลิขสิทธิ์|all rights reserved|ลิขสิทธิ์)|(?:©|copyright\s*(?:\(c\)|©)?)\s*\d{4}|all rights reserved|สงวนลิขสิทธิ์/iu, maxLength: 200 },
  // related-content block titles: "หัวข้อเดียวกัน", "ผู้เขียนเดียวกัน", "ข่าวที่เกี่ยวข้อง", "อ่านข่าวที่เกี่ยวข้อง", "ข่าวแนะนำ", "Related"
  { rule: 'related-heading', re: /^(?:ข่าว|บทความ|เรื่อง)[\p{L}\p{M}]{0,20}(?:อื่น ?ๆ|ที่เกี่ยวข้อง|แนะนำ|เพิ่มเติม)$|^(?:ข่าว|บทความ|เรื่อง)เพิ่มเติม$|^อ่าน(?:ข่าว|บทความ)?[\p{L}\p{M}]{0,15}(?:เพิ่มเติม|อื่น ?ๆ)$|^(?:คลิป|วิดีโอ|video|ชมคลิป|คลิปข่าว)(?:ที่เกี่ยวข้อง|ล่าสุด)?$|^ดู[\p{L}\p{M}]{0,20}ทั้งหมด$|^(?:เกี่ยวกับผู้เขียน|about the author|ประวัติผู้เขียน)$|^(?:ดู|อ่าน)บทความ(?:ทั้งหมด|อื่น ?ๆ)?ของ(?:ผู้เขียน|นักเขียน)|^(?:อ่าน)?(?:ข่าว|บทความ|เรื่อง|คลิป|วิดีโอ|กระทู้)?(?:ที่)?(?:เกี่ยวข้อง|น่าสนใจ|แนะนำ|ล่าสุด|ยอดนิยม|อื่น ?ๆ|เด่น|มาแรง)(?:วันนี้)?$|เดียวกัน$|^(?:อ่าน(?:ข่าว)?(?:ต่อ|เพิ่มเติม|ทั้งหมด)|อ่านต่อที่|ดูทั้งหมด|ดูเพิ่มเติม|เพิ่มเติม)$|^(?:related(?: \w+)?|read more|more (?:stories|for you)|recommended|most popular|latest news|see also|trending)$/iu, maxLength: 60 },
  // inline "read more" links inside the article: "อ่านข่าวต่อ : เตือนภัย …", "อ่านเพิ่มเติม >> …", "Read more: …"
  { rule: 'read-more-link', strong: true, re: /^(?:อ่าน(?:ข่าว)?(?:ต่อ|เพิ่มเติม)(?:ได้)?(?:ที่)?|คลิกอ่าน(?:ต่อ)?|ดูเพิ่มเติม|read more|see also|related)\s*(?:[:：>»\-–]+|ที่)/iu, maxLength: 250 },
  // tag-list labels on their own line: "แท็ก", "แท็กที่เกี่ยวข้อง", "Tags", "ป้ายกำกับ", "คำค้นหา"
  { rule: 'tags-label', re: /^(?:แท็ก|แท็ค|tags?|ป้ายกำกับ|คำค้น(?:หา)?|หัวข้อ)(?:ที่เกี่ยวข้อง)?\s*[:：]?$/iu, maxLength: 30 },
  // counters of widgets: "ถูกใจ 12", "ผู้เข้าชม 2,418 คน", "ความคิดเห็นที่ 1", "สมาชิกหมายเลข 7845123", "4.8 จาก 52 โหวต", "12 views"
  { rule: 'counter-widget', re: /^\d{1,2}:\d{2}(?::\d{2})?$|^(?:จำนวน)?(?:ถูกใจ|ตลก|ว้าว|เศร้า|โกรธ|รักเลย|haha|wow|sad|angry|love|ไลก์|like[sd]?|views?|ผู้(?:เข้า)?ชม|เข้าชม|ยอด(?:วิว|ชม|อ่าน)|แชร์|shares?|ความ(?:คิด)?เห็น(?:ที่)?|comments?|โหวต|votes?|สมาชิก(?:หมายเลข)?|member)\s*[:：]?\s*[\d,.]+\s*(?:คน|ครั้ง|ราย|times)?$|^[\d,.]+\s*(?:views?|likes?|shares?|comments?|ครั้ง|ผู้ชม|ความคิดเห็น|ถูกใจ)$|^[\d.]+\s*(?:จาก|\/|out of)\s*[\d,]+\s*(?:โหวต|votes?|คะแนน|reviews?)?$|^[\d.,]+\s*[KkMm]$/iu, maxLength: 40 },
  // relative times and reading times: "อัปเดต 3 ชั่วโมงที่แล้ว", "2d", "5 minutes ago", "อ่าน 6 นาที"
  { rule: 'relative-time', re: /^(?:[•·]\s*)?(?:อัปเดต|อัพเดท|updated|โพสต์|posted|เผยแพร่)?\s*(?:เมื่อ\s*)?\d+\s*(?:วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์|เดือน|ปี)\s*(?:ที่แล้ว|ก่อน|ที่ผ่านมา)$|^(?:[•·]\s*)?\d+\s*(?:s|m|h|d|w|mo|y|hrs?|mins?)$|^\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?)\s+ago$|^(?:อ่าน|ใช้เวลาอ่าน|เวลาอ่าน)\s*\d+\s*นาที$|^\d+\s*min(?:ute)?s?\s+read$/iu, maxLength: 50 },
  // comment-thread and comment-form widgets: "ตอบกลับ", "Reply", "Login or register to post comments", "ชื่อ *", "บันทึกชื่อ อีเมล และเว็บไซต์ของฉัน…"
  { rule: 'comment-form', re: /^(?:ตอบกลับ|reply|ตอบ|รายงาน|report|แจ้งลบ|quote)$|^(?:login|log in|sign in|register).{0,40}(?:comment|ความเห็น)|^[\p{L}\p{M} ]{1,20}\s*\*$|บันทึกชื่อ.{0,30}อีเมล|save my name|^ส่งความคิดเห็น$|^post comment$|^แสดงความคิดเห็น$|(?:มีประโยชน์|เป็นประโยชน์)(?:ไหม|หรือไม่)\s*[?？]?$|^was this (?:helpful|useful)/iu, maxLength: 160 },
  // disclaimers and donation appeals printed under articles
  { rule: 'disclaimer', strong: true, re: /^(?:คำเตือน|ข้อจำกัดความรับผิดชอบ|disclaimer)\s*[:：]|การลงทุนมีความเสี่ยง|ผู้ลงทุนควรศึกษาข้อมูล|ไม่มีส่วนรับผิดชอบต่อเนื้อหา|not responsible for the content|(?:สนับสนุน|บริจาค).{0,40}(?:ได้ที่|บัญชี|ธนาคาร|โอนเงิน|พร้อมเพย์|promptpay)|^(?:donate|support us)\b|^(?:หมายเหตุ|ข้อควรทราบ)\s*[:：].{0,60}(?:ความเห็นส่วนตัว|ไม่ใช่คำแนะนำ|ไม่สะท้อน)|(?:ไม่ใช่|ไม่ได้เป็น|ไม่สามารถใช้แทน)คำแนะนำ(?:ทางการแพทย์|ทางการเงิน|การลงทุน)|ความเห็นส่วนตัวของผู้เขียน|ไม่จำเป็นต้องสอดคล้องกับ|ไม่สามารถใช้แทน(?:การ)?(?:วินิจฉัย|คำแนะนำ|การรักษา)|มิได้สะท้อน(?:จุดยืน|ความเห็น)|ไม่ได้สะท้อน(?:จุดยืน|ความเห็น)|ความ(?:คิด)?เห็นที่ปรากฏ(?:ใน)?บทความ/iu, maxLength: 300 },
  // empty-state placeholders of scraped widgets: "No data", "No videos available", "ไม่พบข้อมูล", "Loading..."
  { rule: 'empty-widget', re: /^(?:คำบรรยายภาพ|ที่มาของภาพ|image caption|image source)\s*[,:：]?$|^(?:no (?:data|videos?|results?|comments?)(?: available| found)?|loading\.*|ไม่พบข้อมูล|ไม่มีข้อมูล|กำลังโหลด\.*)$/iu, maxLength: 40 },
  // tag lists and breadcrumbs: "Tags: …", "แท็ก: …", "หน้าแรก > ข่าว > …"
  { rule: 'tags-breadcrumb', re: /^[^>›»]{1,30}(?:\s[>›»]\s[^>›»]{1,30})+$|^(?:ข่าว(?:ประชาสัมพันธ์|แจก)?|ประกาศ|คำสั่ง|หนังสือ)?\s*(?:ฉบับ)?ที่\s*[0-9๐-๙]+\s*\/\s*[0-9๐-๙]{2,4}$|^(?:www\.)?[\p{L}\p{N}-]+\.(?:com|net|org|co\.th|in\.th|go\.th|ac\.th|or\.th|tv|news)$|^(?:tags?|แท็ก|แท็ค|ป้ายกำกับ|คำค้น(?:หา)?|หมวดหมู่|categor(?:y|ies))\s*[:：]|^(?:หน้าแรก|หน้าหลัก|home)\s*[>›»/|]/iu, maxLength: 400 },
  // subscription / follow / app promos
  { rule: 'promo', strong: true, re: /^(?:ติดตาม(?:เรา|ข่าวสาร)?(?:ได้)?ที่|follow us|subscribe|สมัครสมาชิก|ดาวน์โหลดแอป|download (?:the )?app|เข้าสู่ระบบ|log ?in|sign ?in|register|สมัคร(?:รับ)?(?:ข่าว|จดหมายข่าว)|สมัครใช้งาน|สร้างบัญชี|create account|open in app|เปิด(?:ใน)?แอป|สมัครเลย|ลงทะเบียน|newsletter|sign up|กรอกอีเมล|enter your email|รับข่าวสาร.{0,30}(?:ก่อนใคร|ทางอีเมล|ฟรี))|^(?:กด)?(?:ติดตาม|follow|subscribe).{0,60}(?:line|facebook|twitter|youtube|tiktok|instagram|telegram|whatsapp|google news|@)|^สมัครรับ.{0,40}(?:อีเมล|email|ข่าวสาร|จดหมายข่าว)|^คลิกอ่าน|^ติดตาม.{0,40}(?:ได้ที่|ได้ทาง)$|คลิก(?:ที่นี่|เลย)\s*[!.…>»]*$|^คลิก(?:ที่นี่|เลย)|click here[!.…>»\s]*$|^สมัคร[\p{L}\p{M}]{0,20}(?:บัญชี|สมาชิก)|รับโบนัส|โค้ดส่วนลด|promo code/iu, maxLength: 160 },
  // in-line menus: "Business | Markets | Tech | Property", "หน้าแรก / ข่าว / กีฬา"
  { rule: 'inline-menu', re: /^(?:[^|/•·]{1,24}\s[|/•·]\s){2,}[^|/•·]{1,24}$/u, maxLength: 120 },
  // downloads, citation helpers, licences and edit links of reference pages
  { rule: 'page-tool', re: /^(?:ดาวน์โหลด|download)(?:\s+(?:pdf|ไฟล์|เอกสาร|บทความ|\S+)){0,3}$|^(?:อ้างอิงบทความนี้|cite this(?: article| page)?|how to cite|วิธีอ้างอิง)|creative commons|ครีเอทีฟคอมมอนส์|สัญญาอนุญาต.{0,40}(?:cc|ครีเอทีฟ)|^(?:พิมพ์|print)(?:หน้านี้| this page)?$|^(?:รีเฟรช|refresh|โหลดใหม่)$|^(?:มาตรฐานของเรา|our standards)|สิทธิ์อนุญาต(?:การใช้งาน)?|licensing rights|^reprints?$|^บทความนี้เป็นส่วนหนึ่งของ|^this (?:article|story) is part of/iu, maxLength: 250 },
  // edit links of wiki pages, after every section heading: "[แก้]", "[edit]"
  { rule: 'edit-link', re: /^\[?(?:แก้|แก้ไข|แก้ไขต้นฉบับ|edit|edit source)\]?$/iu, maxLength: 20 },
  // lines with no letters or digits at all: "★★★★★", "• • •", "|"
  { rule: 'symbols-only', weak: true, re: /^[^\p{L}\p{N}]+$/u, maxLength: 200 },
  // hashtag lines under articles: "#ปูติน #คิมจองอึน #ข่าวต่างประเทศ"
  { rule: 'hashtags', re: /^(?:#[^\s#]+\s*){2,}$/u, maxLength: 200 },
  // consent-banner buttons: "ตั้งค่า", "ยอมรับทั้งหมด", "Accept all", "Manage preferences"
  { rule: 'consent-button', strong: true, re: /^ข้าพเจ้ายินยอม|^i (?:agree|consent)\b|ยินยอมให้.{0,40}(?:เก็บ|ใช้)(?:และใช้)?ข้อมูล|^(?:ตั้งค่า(?:คุกกี้)?|ยอมรับ(?:ทั้งหมด|คุกกี้)?|ปฏิเสธ(?:ทั้งหมด)?|รับทราบ|ตกลง|accept(?: all(?: cookies)?)?|reject(?: all)?|decline|cookie settings|manage (?:cookies|preferences))$/iu, maxLength: 120 },
  // navigation labels and contact blocks: "เมนูหลัก", "Menu", "โทร 0 2507 7999 | สายด่วน 1169"
  { rule: 'nav-label', re: /^(?:เมนู(?:หลัก)?|main menu|menu|navigation|หน้าแรก|หน้าหลัก|home|กลับไปด้านบน|back to top|ค้นหา|search|หมวดหมู่ทั้งหมด|write|เขียน(?:บทความ)?|listen|ฟัง(?:บทความ)?|follow|ติดตาม)$/iu, maxLength: 20 },
  { rule: 'contact', re: /^(?:สอบถาม(?:ข้อมูล)?(?:เพิ่มเติม)?|ติดต่อ(?:เรา|สอบถาม)?|contact(?: us)?)$|^(?:โทร(?:ศัพท์)?|tel|phone|โทรสาร|fax|e-?mail|อีเมล|สายด่วน|call center)\s*[.:：]?\s*[\d+(]/iu, maxLength: 120 },
  // skip links and accessibility helpers at the top of pages: "Skip to content", "ข้ามไปยังเนื้อหา"
  { rule: 'skip-link', re: /^(?:skip to (?:main )?content|ข้ามไป(?:ยัง)?(?:เนื้อหา|เนื้อหาหลัก)|ไปที่เนื้อหา)$|^ข้าม(?:เรื่อง|ข่าว)[\p{L}\p{M}]{0,30}$|^skip (?:\w+ )?(?:and continue|recommended)/iu, maxLength: 40 },
  // advertising labels
  { rule: 'advertising', re: /^(?:โฆษณา|advertisement|sponsored|ads?)$/iu, maxLength: 20 },
];

/**
 * Metadata lines (belong in frontmatter). Tested before chrome rules.
 * - source-url: "ที่มา: https://…", "Source: https://…", "อ้างอิง: https://…"
 * - credit: "• ที่มา: เอพี", "ที่มา: รอยเตอร์", "ฮัว หวู่ (ที่มา: รอยเตอร์)", "เรียบเรียงโดย …", "ภาพ: …" lines of their own
 */
export const SOURCE_LABEL = /^(?:[•·\-–*]\s*)?(?:ที่มา(?:ข้อมูล)?|แหล่งที่มา|แหล่งข่าว|อ้างอิง|ข้อมูล(?:จาก|อ้างอิง)|ขอบคุณ(?:ข้อมูล|ที่มา)?(?:จาก)?|source|via|credit|เครดิต|อ่าน(?:ข่าว)?ต้นฉบับ(?:ได้)?(?:ที่)?)\s*(?:[:：]|\s[-–]\s)\s*/iu;
export const CREDIT_PAREN = /\((?:ที่มา|แหล่งที่มา|source|ภาพ|photo|credit)\s*[:：][^)]*\)\s*$/iu;
export const AUTHOR_LABEL = /^(?:[•·\-–*]\s*)?(?:เรียบเรียง(?:โดย)?|เขียนโดย|ผู้เขียน|รายงานโดย|โดย|by|story by|written by|reporter|role|ผู้สื่อข่าว|แปลและเรียบเรียง|เรื่อง(?:และภาพ)?|ภาพ|ช่างภาพ|photos?|ข่าว)\s*[:：,]?\s*/iu;

/** A whole line that is a byline: "ผู้เขียน", "ผู้เขียน, แดเนียล ฮาร์เกรฟส์", "เรื่อง : …", "โดย ทีมข่าว…", "By: x on …" */
export const BYLINE_LINE = /^(?:[•·\-–*]\s*)?(?:(?:เรียบเรียง(?:โดย)?|เขียนโดย|ผู้เขียน|รายงานโดย|ผู้สื่อข่าว|แปลและเรียบเรียง|written by|story by|reporter|role|author)(?:\s*[:：,]\s*.{0,60}|\s+.{1,60})?|(?:เรื่อง(?:และภาพ)?|ช่างภาพ|by)\s*[:：]\s*.{1,80}|(?:ภาพ(?:ประกอบ)?|photos?)\s*[:：]\s*[^\s]{1,20}(?:\s[^\s]{1,20}){0,3}|(?:ตรวจสอบ(?:ข้อมูล)?|รีวิว|เขียน|เรียบเรียง|แปล(?:และเรียบเรียง)?|ถ่ายภาพ|รายงาน|สัมภาษณ์|เรื่อง|ภาพ|บทความ)โดย\s*.{1,60}|by\s+[\p{Lu}][\p{L}.'-]+(?:\s+[\p{Lu}][\p{L}.'-]+){0,3}(?:\s*[|,•·]\s*.{1,60})?|โดย\s+.{1,50}|(?:ข่าว|เรื่อง)\s*[:：].{1,40}[/|]\s*ภาพ\s*[:：].{1,60}|(?:ข่าว|เรื่อง)\s*\/\s*ภาพ\s*[:：].{1,80}|\(?(?:บรรณาธิการ|editor|เรียบเรียง)\s*[:：][^)]{1,60}\)?)$/iu;

/** Aggregators and portals that host other outlets' stories: never the publisher. */
export const AGGREGATORS = /^(?:msn|yahoo(?: news)?|google news|line today|flipboard|vietnam\.vn|newsbreak|smartnews|opera news|microsoft start|youtube|facebook|medium|tiktok|instagram|blockdit|x\.com|twitter)\b/iu;

/**
 * Labels of dates that are not the publication date: life events, terms of
 * office, ranges ("11 มิถุนายน 2022 – ปัจจุบัน"), deadlines. A line with one of
 * these is never a dateline.
 */
export const NON_PUBLICATION_DATE = /(?:^|\s)(?:เกิด|เสียชีวิต|ถึงแก่กรรม|ดำรงตำแหน่ง|เริ่มดำรงตำแหน่ง|พ้นตำแหน่ง|ก่อตั้ง|สถาปนา|born|died|founded|in office|term|หมดเขต|ภายในวันที่|ประกาศ\s*ณ|สั่ง\s*ณ|ให้ไว้\s*ณ|deadline|เปิดรับ|กำหนดการ|วันหมดอายุ|expires?)(?:\s|$)|[–—-]\s*(?:ปัจจุบัน|present|now)(?![\p{L}\p{M}])/iu;


/**
 * Photo captions: newswire photo credits in parentheses at the end,
 * "แฟ้ม -" (file photo) prefixes, "(ภาพ: …)" / "(Photo: …)".
 */
export const CAPTION_RE = /^(?:ที่มาของภาพ|คำบรรยายภาพ|image source|image caption|caption)\s*[,:：]|\((?:[^()]*(?:photo|ภาพ|AP|Reuters|AFP|รอยเตอร์|เอเอฟพี|เอพี|Getty|EPA|Xinhua|ซินหัว|KCNA|เคซีเอ็นเอ|file)[^()]*)\)\s*$|^(?:แฟ้ม|ภาพแฟ้ม|ภาพประกอบ|file photo|ภาพ)\s*[-–:—]/iu;

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
export const DATELINE_LABEL = /^(?:date|วันที่|(?:เผยแพร่|โพสต์|แก้ไข(?:ล่าสุด)?|อัปเดต(?:ล่าสุด)?|อัพเดท(?:ล่าสุด)?)(?:เมื่อ)?|published|updated|last updated|last edited|posted(?: on)?)\s*[:：]?\s*/iu;

/** Section labels glued to headlines by page templates ("In Focus", "ข่าวต่างประเทศ", "World"). */
export const GLUED_LATIN_LABEL = /^([A-Z][A-Za-z&' ]{1,30}?)(?=[\u0E01-\u0E4E"“‘'])/u;
