/**
 * Words that read as immediate danger in what a resident writes. Pure and shared, so the
 * client can show the hotlines before she even submits and the server marks the question
 * urgent. Over-flagging is safe here (a question jumps the queue); missing one is not.
 */
export const DANGER_WORDS = [
  '打我', '打了我', '被打', '挨打', '打伤', '打得', '动手打', '揍我', '踢我', '扇我', '掐', '勒我', '勒脖子',
  '要杀', '杀了我', '杀我', '弄死', '打死', '砍我', '拿刀', '用刀', '动刀', '泼汽油', '放火',
  '威胁', '恐吓', '不敢回家', '跟踪', '堵我', '关起来', '锁在家', '不让我出门', '不让我走',
  '自杀', '想死', '不想活', '活不下去', '跳楼', '喝农药', '寻死',
] as const;

/** Phrases that contain a danger word but are not danger (打我电话 = call me). */
const NOT_DANGER = ['打我电话', '打我手机', '打我微信', '掐指'];

export function isDangerous(text: string): boolean {
  let t = text.normalize('NFKC').replace(/\s+/g, '');
  for (const phrase of NOT_DANGER) t = t.split(phrase).join('');
  return DANGER_WORDS.some((w) => t.includes(w));
}

/** Numbers to call at once; 110 first. */
export const SAFETY_HOTLINES = [
  { number: '110', label: '有危险，马上报警' },
  { number: '12338', label: '妇女维权公益服务热线' },
] as const;
