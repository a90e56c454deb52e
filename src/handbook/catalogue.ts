// 《公共创业服务功能手册》: the 7 modules and their 33 service functions (the X.Y entries;
// X.Y.Z sub-items belong to their function), with each module's service modes. Titles,
// descriptions and modes verbatim; a test finds each in the seed text.
import { deepFreeze } from '../core/freeze.js';
import { flows } from './flows.js';
import type { Module, ModuleId, ServiceFunction, ServiceMode, SubItem, Tier, TierInfo } from './types.js';

/** The three tiers, as 说明 2. defines them. */
export const TIERS: readonly TierInfo[] = deepFreeze([
  {
    id: 'basic',
    title: '基本服务',
    label: { zh: '基本服务', en: 'Basic services' },
    definition: '满足各类创业者最基本的服务需求，提供普遍开展的创业服务。',
  },
  {
    id: 'extended',
    title: '延伸服务',
    label: { zh: '延伸服务', en: 'Extended services' },
    definition: '根据服务对象的个性化需求，提供相应的创业服务，具有一定的针对性。',
  },
  {
    id: 'expanded',
    title: '拓展服务',
    label: { zh: '拓展服务', en: 'Expanded services' },
    definition: '在基本服务、延伸服务范围之外，结合工作实际，提供具有地域特色的创业服务。',
  },
]);

type FunctionSpec = Omit<ServiceFunction, 'id' | 'module'>;
type Part = readonly [number: string, title: string | null, text: string];

/** A function: its text is either one paragraph or its sub-items, each a heading line and a text line. */
function fn(
  number: string,
  tier: Tier,
  title: string,
  en: string,
  body: string | readonly Part[],
  tableTitle = title,
): FunctionSpec {
  const subItems: SubItem[] =
    typeof body === 'string' ? [] : body.map(([n, t, text]) => ({ number: n, title: t, text }));
  const text =
    typeof body === 'string'
      ? body
      : subItems
          .map((s) => (s.title === null ? `${s.number}${s.text}` : `${s.number}${s.title}\n${s.text}`))
          .join('\n');
  return { number, tier, title, tableTitle, label: { zh: title, en }, text, subItems };
}

function mode(number: string, title: string, en: string, text: string): ServiceMode {
  return { number, title, label: { zh: title, en }, text };
}

interface ModuleSpec {
  heading: string;
  overview: string;
  functions: FunctionSpec[];
  modes: ServiceMode[];
}

function module(id: ModuleId, number: number, title: Module['title'], spec: ModuleSpec): Module {
  return {
    id,
    number,
    heading: spec.heading,
    title,
    overview: spec.overview,
    functions: spec.functions.map((f) => ({ id: `${id}/${f.number}`, module: id, ...f })),
    modes: spec.modes,
    flow: flows[id],
  };
}

/** The 7 modules, in the text's order. */
export const modules: readonly Module[] = deepFreeze([
  module(
    'information',
    1,
    { zh: '信息发布', en: 'Information release' },
    {
      heading: '第1章 信息发布',
      overview:
        '为有创业意愿、准备创业以及正在创业的各类群体，提供创业扶持政策、创业服务活动等方面的信息，方便服务对象快速准确查阅。',
      functions: [
        fn(
          '1.1',
          'basic',
          '创业政策法规',
          'Entrepreneurship policies and regulations',
          '提供各级政府及相关部门出台的创业扶持政策法规信息。重点发布创业担保贷款、创业培训、创业补贴等人力资源社会保障部门的创业扶持政策。',
        ),
        fn('1.2', 'basic', '创业服务信息', 'Entrepreneurship service information', [
          [
            '1.2.1',
            '机构（场所）信息',
            '提供开展创业服务的机构（场所）的名称、地理位置、联系方式、服务项目、接待时间等信息。',
          ],
          [
            '1.2.2',
            '创业活动信息',
            '提供创业大赛、创业成果展示、创业论坛等各类创业活动信息，包括活动时间、地点、主题、主办方及参与方式等。',
          ],
          [
            '1.2.3',
            '创业培训信息',
            '提供当地创业培训机构信息，以及各类创业培训的开班计划、课程安排、师资配备等方面信息。',
          ],
          [
            '1.2.4',
            '创业孵化信息',
            '提供创业孵化基地（园区）的基本情况、功能定位、服务项目、孵化成果以及入驻条件、申请流程等信息。',
          ],
        ]),
        fn(
          '2.1',
          'extended',
          '创业项目展示',
          'Showcase of business projects',
          '通过线上线下展示平台，发布各类优质创业项目信息，促进项目需求者和项目提供者对接交流。',
        ),
        fn(
          '2.2',
          'extended',
          '创业指导专家介绍',
          'Introducing guidance experts',
          '提供创业指导专家个人简介、擅长领域、服务时间、联系方式等信息，并根据服务对象的实际需求，推介匹配相应专家进行服务。',
        ),
        fn('3.1', 'expanded', '创业资讯', 'Entrepreneurship intelligence', [
          ['3.1.1', '实训信息', '提供当地创业实训（见习）单位的基本情况、功能定位、服务内容、申请流程等信息。'],
          ['3.1.2', '融资信息', '提供其他政府部门、金融机构、风险投资机构的创业融资产品介绍及申办途径等信息。'],
          [
            '3.1.3',
            '科创信息',
            '提供专利申请、专利保护等科创事项的申办渠道信息以及促进科技成果转化和技术交易的政策信息。',
          ],
          ['3.1.4', '行业信息', '提供行业数据、行业发展趋势、商业可行性研究、投资策略等行业研究和决策分析信息。'],
        ]),
      ],
      modes: [
        mode(
          '1',
          '窗口服务',
          'Service window',
          '依托创业服务窗口，通过展板海报、告知单、宣传栏、电子屏、信息查询机等方式发布各类创业服务信息。',
        ),
        mode(
          '2',
          '传统媒体',
          'Traditional media',
          '在电视、广播电台、报纸、杂志等传统媒体，通过信息专栏、新闻版面、视频短片等方式发布各类创业服务信息。',
        ),
        mode('3', '新媒体', 'New media', '通过微信群、微信公众号、视频号、头条号等新媒体，推送各类创业服务信息。'),
        mode(
          '4',
          '平台服务',
          'Online platform',
          '通过政府门户网站、移动服务平台发布创业政策法规、创业服务活动等信息。',
        ),
        mode(
          '5',
          '定向服务',
          'Targeted delivery',
          '针对特定服务群体，通过电话、短信、移动应用端等，以点对点的形式及时准确地将信息传递给服务对象。',
        ),
      ],
    },
  ),
  module(
    'consulting',
    2,
    { zh: '业务咨询', en: 'Business consulting' },
    {
      heading: '第二章 业务咨询',
      overview:
        '为有创业意愿、准备创业以及正在创业的各类群体提供创办和经营市场主体所涉及相关问题的解答和指导。重点解答人力资源社会保障部门出台的各类创业扶持政策，并受理业务申请。',
      functions: [
        fn(
          '1.1',
          'basic',
          '创业政策解答',
          'Answering policy questions',
          '提供创业方面的法律法规、扶持政策等问题的咨询解答服务，包括政策范围、申请条件、办理流程等内容。',
        ),
        fn(
          '1.2',
          'basic',
          '创业服务介绍',
          'Introducing entrepreneurship services',
          '介绍人力资源社会保障部门的各类创业服务项目、办理流程、有关要求、注意事项等。',
        ),
        fn('2.1', 'extended', '业务申办指引', 'Guidance on applications', [
          ['2.1.1', null, '提供经办创业服务相关业务的机构（窗口）的功能介绍和引导，帮助服务对象获得便捷的针对性服务。'],
          ['2.1.2', null, '为创业担保贷款、创业培训、创业补贴等政策业务的申请给予指导服务，并受理申请。'],
        ]),
        fn(
          '3.1',
          'expanded',
          '创业发展咨询',
          'Business development consulting',
          '为创业组织提供经营管理和发展规划咨询，包括人力资源、财税、营销、法律、企业文化、发展战略等，促进创业组织的健康持续发展。',
        ),
      ],
      modes: [
        mode(
          '1',
          '窗口服务',
          'Service window',
          '按照首问负责制原则，接待并受理服务对象咨询，提供解答服务。现场无法解答或需请示研究的，通过电话、电子邮件、微信公众号等方式予以事后答复。',
        ),
        mode(
          '2',
          '平台服务',
          'Online platform',
          '服务对象登陆线上平台自助咨询相关问题，系统根据咨询关键字自动回复。无法满足咨询需求的，由系统分配工作人员受理咨询。',
        ),
      ],
    },
  ),
  module(
    'training',
    3,
    { zh: '创业培训', en: 'Entrepreneurship training' },
    {
      heading: '第三章 创业培训',
      overview:
        '为激发劳动者的创业激情和创业活力，提升创业实践率、创业成功率和企业稳定率，为有创业意愿、准备创业以及正在创业的各类群体提供分阶段、分类别的创业培训和后续跟踪服务。',
      functions: [
        fn('1.1', 'basic', '培训组织实施', 'Organising and delivering training', [
          [
            '1.1.1',
            '确定学员',
            '对创业培训申请对象的创业意愿、创业资源条件、创业阶段或企业状态进行客观、有效的分析，组织符合条件的学员参加相应的创业培训项目（课程）。',
          ],
          [
            '1.1.2',
            '开展培训',
            '根据参加培训学员的特点和需求，按照创业培训技术标准，组织培训对象参加各类创业培训项目（课程），为培训合格的学员发放合格证书。',
          ],
          [
            '1.1.3',
            '师资培养',
            '制定创业培训师资培养计划，组织师资培训，培育师资队伍，以满足培训教学及后续指导工作需要。',
          ],
        ]),
        fn('1.2', 'basic', '培训监督评估', 'Supervising and evaluating training', [
          [
            '1.2.1',
            '质量监督',
            '使用质量监督评估工具对每个创业培训项目进行培训前、培训中和培训后全过程的信息数据收集和分析，监督培训实施过程，评估培训效果。',
          ],
          [
            '1.2.2',
            '机构管理',
            '制定创业培训机构管理办法，建立监督管理体系，对培训过程、培训效果和后续服务开展情况进行评估管理，完善创业培训机构的进出机制。',
          ],
          [
            '1.2.3',
            '师资管理',
            '组织研讨交流、教学观摩、讲师大赛等活动，提升师资授课指导能力；建立师资管理制度，实施动态监管。',
          ],
        ]),
        fn(
          '2.1',
          'extended',
          '跟踪服务',
          'Follow-up services',
          '提供个人咨询、企业问诊等形式的后续指导服务，帮助学员加速理论向实践的转化；根据学员需要，推荐参加其他培训课程、创业活动，对接孵化、融资等创业服务。',
        ),
        fn(
          '3.1',
          'expanded',
          '创业实训见习',
          'Entrepreneurship practice and traineeships',
          '利用创业孵化基地、创业实训基地、创业见习基地等平台，为参加创业培训的学员提供创业实训或创业见习服务，帮助学员完成创业实践。',
        ),
      ],
      modes: [
        mode(
          '1',
          '现场服务',
          'On-site service',
          '指导培训机构和师资通过面试及问卷调查，了解学员的培训目的和需求，帮助其选择合适的培训课程。监督培训机构按照技术标准组织培训，并在培训结束后对学员进行跟踪，有针对性地开展后续服务。',
        ),
        mode(
          '2',
          '线上服务',
          'Online service',
          '通过信息化平台，提供线上咨询、培训报名、在线学习等服务。探索“互联网+创业培训”模式，采取线上学习与线下培训相融合的培训模式，提高创业培训的参与度、有效性。',
        ),
        mode(
          '3',
          '平台监管',
          'Platform supervision',
          '运用信息化技术，打造创业培训日常管理、过程监督、培训考核、证书管理、效果评估、资金管理等一体化管理服务平台，实现培训机构全覆盖、培训人员全实名、培训资金全记录、培训过程可追溯、培训质量可监控。',
        ),
      ],
    },
  ),
  module(
    'guidance',
    4,
    { zh: '创业指导', en: 'Entrepreneurship guidance' },
    {
      heading: '第四章 创业指导',
      overview:
        '根据创业者在商机识别、创业组织创建和发展等不同阶段的需求，提供分析指导和资源对接等服务。组织创业指导专家，为创业者提供公益性的专业化指导服务。',
      functions: [
        fn(
          '1.1',
          'basic',
          '创业项目分析',
          'Business project analysis',
          '围绕创业者的创业计划进行初步分析，提示可能遇到的风险和困难，帮助创业者树牢风险防范意识和科学经营意识，提出创业项目改进的建议，并介绍相关的创业资源。',
        ),
        fn(
          '1.2',
          'basic',
          '开业指导',
          'Start-up guidance',
          '结合创业项目的行业类型、创业者需求等情况，为创业者提供创业组织类型选择、创业场所选择、创业孵化基地匹配等方面的建议指引。通过对接公共服务或专业代理服务，帮助创业者注册登记。',
        ),
        fn(
          '2.1',
          'extended',
          '专家指导',
          'Expert guidance',
          '招募各行业领域专业人士、企业家、投资人等专家导师，组建创业指导专家团队，为各个阶段的创业者提供市场营销、财务税收、人力资源、法律等方面的个性化指导服务，帮助其解决创业中的困惑和问题。',
        ),
        fn(
          '2.2',
          'extended',
          '专业服务对接',
          'Linking to professional services',
          '整合区域内有利于创业者成长的专业服务资源，搭建创业者与创业服务资源对接的平台，帮助创业者在市场拓展、技术交易、团队建设、获取投资、降低成本和风险控制等方面得到更专业更有效的支持，加速创业组织发展。',
        ),
        fn(
          '3.1',
          'expanded',
          '创业失败帮扶',
          'Support after business failure',
          '探索创业失败帮扶措施，建立健全鼓励创业和宽容失败的保障机制，帮助创业者分析项目失败原因，总结经验教训，支持其再次创业或重新就业。',
        ),
      ],
      modes: [
        mode(
          '1',
          '集中指导',
          'Group guidance',
          '根据创业者的共性需求，组织各类专家开展公益性专题讲座、论坛、沙龙等活动，解读创业扶持政策、剖析创业典型案例、讲授经营发展理论。',
        ),
        mode(
          '2',
          '个别指导',
          'Individual guidance',
          '依托线上服务平台，线下指导窗口或指导工作室，为创业者提供个性化的创业指导服务。建立各类专家与创业者的结对机制，通过上门指导，跟踪指导等方式，持续提供指导意见或问题解决方案。',
        ),
      ],
    },
  ),
  module(
    'incubation',
    5,
    { zh: '创业孵化', en: 'Business incubation' },
    {
      heading: '第五章 创业孵化',
      overview:
        '为满足创业项目落地和发展的需求，各地人力资源社会保障部门通过积极建设创业孵化基地，强化指导服务，不断提升创业孵化基地的服务能力和示范引领作用，促进创业项目成长。',
      functions: [
        fn(
          '1.1',
          'basic',
          '孵化基地建设',
          'Building incubation bases',
          '围绕区域产业特点和创业者需求，通过自行建设或制定标准认定等方式，积极培育创业孵化基地，依托专业孵化机构，为创业者提供专业化的指导服务。',
        ),
        fn(
          '1.2',
          'basic',
          '项目入驻对接',
          'Placing projects in incubation bases',
          '通过了解创业项目背景，分析创业项目成长所需的资源，结合创业者需求，推荐适合创业项目发展的孵化基地。',
        ),
        fn(
          '2.1',
          'extended',
          '孵化基地奖补',
          'Awards and subsidies for incubation bases',
          '对各项制度健全、发展前景良好、孵化效果明显，具有示范性的创业孵化基地给予适当奖补，激励创业孵化基地提供更专业的创业服务。',
        ),
        fn(
          '2.2',
          'extended',
          '孵化项目扶持',
          'Support for incubated projects',
          '对入驻创业孵化基地的创业实体，可根据孵化周期特点、创业人群特征、带动就业情况等因素给予政策和资金扶持。',
        ),
        fn(
          '3.1',
          'expanded',
          '孵化基地管理',
          'Managing incubation bases',
          '建立创业孵化基地的数据统计和绩效评价机制，定期开展绩效评估工作。明确创业孵化示范基地的认定和退出标准，确保创业孵化示范基地能提供高质量的孵化服务，并起到示范引领作用。',
        ),
      ],
      modes: [
        mode(
          '1',
          '对接匹配',
          'Matching',
          '通过线上服务平台或线下服务窗口，提供创业孵化基地的基本信息，服务资源以及典型创业案例等。结合创业项目所属行业、地域要求和价格承受能力等因素，为创业者精准匹配孵化基地。',
        ),
        mode(
          '2',
          '交流培训',
          'Exchanges and training',
          '组织创业孵化基地开展学习考察及交流活动，促进资源共享，提高管理服务水平；开展创业孵化基地工作人员培训，提升业务工作能力水平。',
        ),
      ],
    },
  ),
  module(
    'financing',
    6,
    { zh: '创业融资', en: 'Entrepreneurship financing' },
    {
      heading: '第六章 创业融资',
      overview:
        '为缓解创业融资难、融资贵的问题，对符合条件的创业者和小微企业给予创业担保贷款扶持，按政策进行担保和贴息，也可按需求提供其他融资指导推荐服务，帮助创业组织稳定扩大经营，促进创业吸纳就业。',
      functions: [
        fn(
          '1.1',
          'basic',
          '创业担保贷款受理',
          'Accepting guaranteed business loan applications',
          '受理创业者和小微企业创业担保贷款申请，及时通知申请人受理结果，对不符合条件的说明原因，需补充资料的一次性告知清楚。',
        ),
        fn(
          '1.2',
          'basic',
          '创业担保贷款资格审核',
          'Eligibility review for guaranteed business loans',
          '对申请创业担保贷款对象进行资格审核，包括人员身份资格、企业规模类型和用工情况。',
        ),
        fn(
          '2.1',
          'extended',
          '贷款担保',
          'Loan guarantees',
          '将符合条件的创业担保贷款申请，推荐给担保基金运营管理机构进行尽职调查，对通过风险评估的，由担保基金提供贷款担保。',
        ),
        fn(
          '2.2',
          'extended',
          '贴息对接',
          'Interest subsidy liaison',
          '对已发放的创业担保贷款，督促经办金融机构按规定额度、期限、利率申报财政贴息，并协调财政部门及时足额拨付贴息资金。',
        ),
        fn(
          '3.1',
          'expanded',
          '融资指导推荐',
          'Financing guidance and referrals',
          '根据创业者和创业组织不同阶段的个性化融资需求，积极探索更多创业融资服务方式。对接专业的财务咨询、金融服务等机构，推荐其他政策性贷款、商业贷款、风险投资、上市对接等各类融资服务。',
        ),
      ],
      modes: [
        mode(
          '1',
          '窗口服务',
          'Service window',
          '通过创业担保贷款服务窗口，为创业者和小微企业提供政策告知、业务受理、资格审核等服务，对符合条件的贷款申请，推荐给经办金融机构。',
        ),
        mode(
          '2',
          '上门服务',
          'Visits',
          '上门为创业者和小微企业宣传创业担保贷款政策，受理贷款申请材料，现场了解申请人资格条件及创业项目、小微企业生产经营情况，为有需求的创业实体提供更多元的创业融资指导服务。',
        ),
        mode(
          '3',
          '平台服务',
          'Online platform',
          '通过线上平台共享相关数据信息，为创业者和小微企业提供创业担保贷款申请、资格审核、进度告知等服务。',
        ),
      ],
    },
  ),
  module(
    'activities',
    7,
    { zh: '创业活动', en: 'Entrepreneurship activities' },
    {
      heading: '第七章 创业活动',
      overview:
        '通过组织各类创业活动，为创业者搭建经验、技术、资源交流平台，发掘创业典型、展示创业风采、激发创业热情、传播创业文化、弘扬企业家精神，营造良好的创业创新生态环境，促进创业带动就业。',
      functions: [
        fn(
          '1.1',
          'basic',
          '经验交流',
          'Experience sharing',
          '搭建创业经验交流展示平台，定期组织各种活动，促进创业者之间的交流学习和经验分享。',
        ),
        fn(
          '1.2',
          'basic',
          '典型选树',
          'Selecting and promoting role models',
          '开展优秀创业者及创业实体评选活动，树立本地区先进典型。宣传典型事迹、推广先进理念、弘扬创业精神。对选树的创业典型进行重点跟踪，做好资源对接服务。',
        ),
        fn(
          '2.1',
          'extended',
          '赛事举办',
          'Holding competitions',
          '通过举办创业项目评比、创业明星评选等赛事活动，帮助创业者提升创业能力，锻炼创业团队，扩大项目影响力。',
        ),
        fn(
          '2.2',
          'extended',
          '成果展示',
          'Exhibitions of results',
          '组织本地区创业工作成果展，全方位展示优秀创业产品、创业项目和创业典型，以及具有地方特色和引领示范作用的创业培训、孵化基地、融资服务、专家导师、信息化建设等公共创业服务模式和成果。',
        ),
        fn(
          '3.1',
          'expanded',
          '社群组织',
          'Entrepreneur communities',
          '帮助本地区创业者组建创业者协会、商会等社群组织，以搭建创业者与政府、与社会各界的桥梁为目标，创建一个学习交流的沙龙、提升素质的平台、和政企互动的纽带。帮助和服务企业健康发展、促进资源互通共享。',
          // The body's heading is 3.1 社群组织; the 一览表 calls it 创业社群组织.
          '创业社群组织',
        ),
      ],
      modes: [
        mode(
          '1',
          '自行组织',
          'Organised in-house',
          '根据本地区创业服务需求，人力资源社会保障部门设定活动目标主题，制定创业活动工作方案，自行组织策划、实施创业活动。',
        ),
        mode(
          '2',
          '购买服务',
          'Purchased services',
          '根据创业活动的规模以及公共资金使用规定等要求，通过政府采购的方式购买第三方机构的服务，人力资源社会保障部门主导活动开展、指导监督实施过程、评价活动效果。',
        ),
        mode(
          '3',
          '多方协作',
          'Joint organisation',
          '联合多方资源共同协作，组织实施跨区域、多部门的创业活动，推进更大范围创业生态融合发展。',
        ),
      ],
    },
  ),
]);
