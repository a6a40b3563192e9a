import type {
  CityId,
  EducationLevel,
  ExperienceLevel,
  FairMode,
  JobCategory,
  JobTag,
  SalaryUnit,
} from '../../shared/jobs';

/**
 * Demo data for Spring Breeze: invented employers, regional pay that matches
 * what Jiangxi postings offer. Postings are generated from these tables in seed.ts.
 */

export interface CitySeed {
  city: CityId;
  name: string;
  districts: string[];
  streets: string[];
  /** Monthly pay is a little higher in the provincial capital. */
  payBump: number;
}

export const SEED_CITIES: CitySeed[] = [
  { city: 'nanchang', name: '南昌', districts: ['红谷滩区', '青山湖区', '东湖区', '南昌县'], streets: ['丰和中大道', '京东大道', '八一大道', '澄湖北大道'], payBump: 500 },
  { city: 'ganzhou', name: '赣州', districts: ['章贡区', '南康区', '赣县区'], streets: ['红旗大道', '长征大道', '东江源大道'], payBump: 200 },
  { city: 'jiujiang', name: '九江', districts: ['浔阳区', '濂溪区', '共青城市'], streets: ['长虹大道', '十里大道', '九龙街'], payBump: 200 },
  { city: 'shangrao', name: '上饶', districts: ['信州区', '广丰区', '上饶县'], streets: ['凤凰大道', '五三大道', '紫阳大道'], payBump: 100 },
  { city: 'yichun', name: '宜春', districts: ['袁州区', '樟树市', '丰城市'], streets: ['宜阳大道', '袁山大道', '中山路'], payBump: 0 },
  { city: 'jian', name: '吉安', districts: ['吉州区', '青原区', '井冈山市'], streets: ['井冈山大道', '庐陵大道', '韶山路'], payBump: 0 },
  { city: 'fuzhou', name: '抚州', districts: ['临川区', '东乡区', '南城县'], streets: ['赣东大道', '学府路', '玉茗大道'], payBump: 0 },
];

export interface JobTemplate {
  title: string;
  category: JobCategory;
  /** `{c}` becomes the city's name. */
  employer: string;
  verified: boolean;
  womenLed: boolean;
  salary: { min: number; max: number; unit: SalaryUnit };
  headcount: number;
  tags: JobTag[];
  education: EducationLevel;
  experience: ExperienceLevel;
  duties: string;
  requirements: string;
}

export const JOB_TEMPLATES: JobTemplate[] = [
  {
    title: '电子厂普工（长白班）',
    category: 'manufacturing',
    employer: '{c}恒达电子科技有限公司',
    verified: true,
    womenLed: false,
    salary: { min: 3500, max: 5500, unit: 'month' },
    headcount: 30,
    tags: ['social-insurance', 'room-board', 'no-experience'],
    education: 'any',
    experience: 'any',
    duties: '在流水线上组装手机配件，坐着上班。每天 8 小时，周末双休，加班另算钱。',
    requirements: '18 到 50 岁，视力好，手脚灵活。不需要经验，上岗前有师傅带。',
  },
  {
    title: '住家保姆',
    category: 'housekeeping',
    employer: '{c}巾帼家政服务有限公司',
    verified: true,
    womenLed: true,
    salary: { min: 4000, max: 7000, unit: 'month' },
    headcount: 10,
    tags: ['training', 'room-board'],
    education: 'any',
    experience: '1-year',
    duties: '照顾雇主家的饮食起居，做饭、打扫、洗衣，可能需要接送孩子上学。',
    requirements: '身体健康，会做家常菜，有耐心。公司免费培训，考证后工资更高。',
  },
  {
    title: '电商客服（可居家）',
    category: 'ecommerce-service',
    employer: '{c}山水优选电子商务有限公司',
    verified: true,
    womenLed: true,
    salary: { min: 3500, max: 5000, unit: 'month' },
    headcount: 15,
    tags: ['flexible', 'training', 'work-from-home'],
    education: 'junior-middle',
    experience: 'any',
    duties: '在网店后台回复顾客问题，处理订单和退换货。早晚两班，可以选班。',
    requirements: '会用电脑打字，每分钟 40 字以上，说话耐心有礼貌。',
  },
  {
    title: '养老护理员',
    category: 'elderly-care',
    employer: '{c}康颐养老服务中心',
    verified: true,
    womenLed: false,
    salary: { min: 4000, max: 6000, unit: 'month' },
    headcount: 12,
    tags: ['social-insurance', 'training', 'room-board'],
    education: 'any',
    experience: 'any',
    duties: '照顾养老院里的老人吃饭、洗澡、翻身，陪老人聊天和散步。',
    requirements: '55 岁以下，有爱心。没有护理证的，单位出钱帮您考证。',
  },
  {
    title: '钟点工（就近派单）',
    category: 'cleaning',
    employer: '{c}好帮手家政服务部',
    verified: false,
    womenLed: true,
    salary: { min: 25, max: 35, unit: 'hour' },
    headcount: 20,
    tags: ['flexible', 'near-home', 'childcare'],
    education: 'any',
    experience: 'any',
    duties: '到小区住户家里打扫卫生、擦窗、整理房间。按小时算钱，一周结一次。',
    requirements: '做事细心，守时。时间自己定，接送孩子不耽误。',
  },
  {
    title: '日结包装工',
    category: 'manufacturing',
    employer: '{c}绿源食品有限公司',
    verified: true,
    womenLed: false,
    salary: { min: 120, max: 180, unit: 'day' },
    headcount: 40,
    tags: ['daily-pay', 'no-experience'],
    education: 'any',
    experience: 'any',
    duties: '给脐橙、茶叶、米粉等土特产装箱、贴标签。当天干活当天结钱。',
    requirements: '16 周岁以上，能站着干活。旺季人多，随到随上岗。',
  },
  {
    title: '餐厅服务员',
    category: 'catering',
    employer: '{c}赣味人家餐饮管理有限公司',
    verified: true,
    womenLed: false,
    salary: { min: 3200, max: 4500, unit: 'month' },
    headcount: 8,
    tags: ['room-board', 'no-experience'],
    education: 'any',
    experience: 'any',
    duties: '招呼客人、点菜、上菜、收拾桌子。每月休息 4 天。',
    requirements: '45 岁以下，会说普通话，爱笑有礼貌。',
  },
  {
    title: '夏布绣/竹编手工艺人',
    category: 'handicraft',
    employer: '{c}巧娘手工艺专业合作社',
    verified: true,
    womenLed: true,
    salary: { min: 2500, max: 5000, unit: 'month' },
    headcount: 25,
    tags: ['work-from-home', 'flexible', 'childcare', 'training'],
    education: 'any',
    experience: 'any',
    duties: '领材料回家做夏布绣、竹编小件，按件计钱，做得多拿得多。合作社统一收货销售。',
    requirements: '手巧，有耐心。不会的可以先来合作社免费学 7 天。',
  },
  {
    title: '超市收银员',
    category: 'retail',
    employer: '{c}惠民连锁超市有限公司',
    verified: true,
    womenLed: false,
    salary: { min: 3000, max: 4200, unit: 'month' },
    headcount: 6,
    tags: ['social-insurance', 'flexible', 'near-home'],
    education: 'junior-middle',
    experience: 'any',
    duties: '超市收银、整理货架、帮顾客找商品。早班、晚班可以选。',
    requirements: '会算账，会用手机支付。有收银经验优先。',
  },
  {
    title: '商场保洁员',
    category: 'cleaning',
    employer: '{c}洁美物业服务有限公司',
    verified: false,
    womenLed: false,
    salary: { min: 2800, max: 3800, unit: 'month' },
    headcount: 10,
    tags: ['social-insurance', 'near-home'],
    education: 'any',
    experience: 'any',
    duties: '负责商场一层的地面、卫生间和扶手的清洁。8 小时工作制。',
    requirements: '60 岁以下，身体健康，做事勤快。',
  },
  {
    title: '月嫂/育婴师',
    category: 'maternity-care',
    employer: '{c}母婴安心家政服务有限公司',
    verified: true,
    womenLed: true,
    salary: { min: 6000, max: 12000, unit: 'month' },
    headcount: 8,
    tags: ['training', 'room-board'],
    education: 'junior-middle',
    experience: '1-year',
    duties: '照顾产妇和新生儿：做月子餐、给宝宝洗澡、抚触、记录喂奶。',
    requirements: '有母婴护理经验或育婴员证。没证的公司安排培训考证。',
  },
  {
    title: '幼儿园保育员',
    category: 'other',
    employer: '{c}春苗幼儿园',
    verified: true,
    womenLed: true,
    salary: { min: 3000, max: 4000, unit: 'month' },
    headcount: 3,
    tags: ['social-insurance', 'childcare', 'near-home'],
    education: 'high-school',
    experience: 'any',
    duties: '照顾小朋友吃饭、午睡、洗手，打扫教室卫生。寒暑假照常发工资。',
    requirements: '喜欢孩子，有健康证。员工的孩子可以在本园入托。',
  },
];

export interface FairSeed {
  id: string;
  title: string;
  organiser: string;
  city: CityId;
  mode: FairMode;
  venue: string | null;
  womenSpecial: boolean;
  /** Days from today (Beijing 09:00) when it starts, and how many days it runs. */
  startsInDays: number;
  days: number;
  description: string;
}

export const FAIR_SEEDS: FairSeed[] = [
  {
    id: 'fair-nanchang-women',
    title: '春风行动·女性专场招聘会',
    organiser: '南昌市妇女联合会、南昌市人力资源和社会保障局',
    city: 'nanchang',
    mode: 'both',
    venue: '南昌市红谷滩区 市妇女儿童活动中心一楼大厅',
    womenSpecial: true,
    startsInDays: 3,
    days: 7,
    description:
      '专门为姐妹们办的招聘会。现场有 60 多家单位，很多岗位时间灵活，可以接送孩子。不方便来现场的，可以在小程序里看岗位、登记意向，工作人员会打电话联系您。',
  },
  {
    id: 'fair-ganzhou-spring',
    title: '赣州市春风行动大型招聘会',
    organiser: '赣州市人力资源和社会保障局',
    city: 'ganzhou',
    mode: 'offline',
    venue: '赣州市章贡区 人力资源市场二楼',
    womenSpecial: false,
    startsInDays: 6,
    days: 1,
    description: '本地工厂、家政、养老机构现场招人。请带好身份证，现场可以面试。',
  },
  {
    id: 'fair-jiujiang-live',
    title: '九江“直播带岗”线上招聘会',
    organiser: '九江市就业创业服务中心',
    city: 'jiujiang',
    mode: 'online',
    venue: null,
    womenSpecial: false,
    startsInDays: 1,
    days: 10,
    description: '每天晚上 7 点直播介绍岗位，在小程序里登记就业意向，单位会回电话。',
  },
  {
    id: 'fair-shangrao-women-led',
    title: '上饶“妇字号”企业专场招聘会',
    organiser: '上饶市妇女联合会',
    city: 'shangrao',
    mode: 'offline',
    venue: '上饶市信州区 市民中心三楼',
    womenSpecial: true,
    startsInDays: 12,
    days: 1,
    description: '女性创办的企业和合作社专场，有手工、电商、家政等岗位，可以带孩子来。',
  },
  {
    id: 'fair-yichun-housekeeping',
    title: '宜春家政服务专场招聘会',
    organiser: '宜春市妇女联合会、宜春市商务局',
    city: 'yichun',
    mode: 'both',
    venue: '宜春市袁州区 巾帼家政培训基地',
    womenSpecial: true,
    startsInDays: 18,
    days: 2,
    description: '家政、月嫂、养老护理岗位集中招聘，现场报名免费培训。',
  },
  {
    id: 'fair-jian-return-home',
    title: '吉安返乡就业招聘会',
    organiser: '吉安市人力资源和社会保障局',
    city: 'jian',
    mode: 'offline',
    venue: '吉安市吉州区 人民广场',
    womenSpecial: false,
    startsInDays: 25,
    days: 1,
    description: '为返乡人员介绍家门口的工作，离家近、能照顾家。',
  },
  {
    id: 'fair-fuzhou-past',
    title: '抚州春风行动招聘会（已结束）',
    organiser: '抚州市就业创业服务中心',
    city: 'fuzhou',
    mode: 'offline',
    venue: '抚州市临川区 人力资源市场',
    womenSpecial: false,
    startsInDays: -20,
    days: 1,
    description: '本场已结束，欢迎关注下一场。',
  },
];
