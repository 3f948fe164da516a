/** Site-wide names (UI text is Thai). */
export const SITE_NAME = 'สรุปข่าวรายประเด็น';
export const SITE_DESCRIPTION = 'สรุปข่าวภาษาไทยรายประเด็น: ลำดับเหตุการณ์ บุคคลสำคัญ ตัวเลข คำพูด และแหล่งที่มาของทุกข้อมูล อ่านได้แม้ไม่มีอินเทอร์เน็ต';
/** Label for articles whose text names no outlet. */
export const NO_OUTLET = 'ไม่ระบุสำนักข่าว';
