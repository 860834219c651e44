// Simplified Chinese first; English on request (the language switch, or ?lang=en). Times always in
// the district's zone, whatever the browser's.

/** The platform's default zone; the caller's district may have its own (GET /me, timeZone). */
export const DEFAULT_ZONE = 'Asia/Shanghai';
export let ZONE = DEFAULT_ZONE;

/** Times from here on in this zone: the signed-in person's district's. */
export function setZone(zone) {
  ZONE = zone || DEFAULT_ZONE;
}
const KEY = 'govmeeting.lang';

export function lang() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'en' || asked === 'zh') {
    localStorage.setItem(KEY, asked);
  }
  return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
}

export function setLang(l) {
  localStorage.setItem(KEY, l === 'en' ? 'en' : 'zh');
  document.documentElement.lang = l === 'en' ? 'en' : 'zh-CN';
}

// Each text: [Chinese, English].
const T = {
  app: ['区政府常务会议', 'Executive meetings'],
  district: ['前进区人民政府', 'Qianjin District Government'],
  skip: ['跳到正文', 'Skip to content'],
  loading: ['正在加载…', 'Loading…'],
  login: ['登录', 'Log in'],
  loginTitle: ['登录区政府常务会议系统', 'Log in to the executive meeting platform'],
  user: ['账号', 'Account'],
  password: ['密码', 'Password'],
  logout: ['退出', 'Log out'],
  wrongPassword: ['账号或密码不正确。', 'The account or password is wrong.'],
  lockedOut: ['密码错误次数过多，请稍后再试。', 'Too many wrong passwords; try again later.'],
  notInDirectory: ['该账号不是本区人员，无权使用本系统。', 'This account is not a person of the district.'],
  language: ['English', '中文'],
  languageLabel: ['切换到英文', 'Switch to Chinese'],
  nav: ['主导航', 'Main navigation'],
  inbox: ['我的待办', 'My inbox'],
  myTopics: ['我的议题', 'My topics'],
  newTopic: ['议题填报', 'New topic'],
  meetings: ['会议', 'Meetings'],
  minutes: ['会议纪要', 'Minutes'],
  supervision: ['督查督办', 'Supervision'],
  archives: ['会议归档', 'Archives'],
  districts: ['区管理', 'Districts'],
  nothing: ['暂无。', 'Nothing.'],
  inboxEmpty: ['没有等待您办理的事项。', 'Nothing waits for you.'],
  since: ['收到', 'Since'],
  due: ['期限', 'Due'],
  overdue: ['已逾期', 'Overdue'],
  clause: ['依据', 'Rule'],
  open: ['打开', 'Open'],
  close: ['关闭', 'Close'],
  comment: ['意见', 'Comment'],
  reason: ['理由', 'Reason'],
  sign: ['签署同意', 'Sign'],
  return: ['退回修改', 'Return'],
  reject: ['不予上会', 'Refuse'],
  approve: ['批准', 'Approve'],
  refuse: ['不批准', 'Refuse'],
  agree: ['同意', 'Agree'],
  disagree: ['有不同意见', 'Disagree'],
  acknowledge: ['确认收到', 'Acknowledge'],
  done: ['已办理。', 'Done.'],
  needReason: ['退回或不予上会须写明理由。', 'A return or refusal needs a reason.'],
  withinAuthority: ['该事项是否属于本人职权范围内可以协调解决的事项？（S8）', 'Can you settle this within your own authority? (S8)'],
  withinYes: ['是：由本人协调办结，不提交常务会议', 'Yes: I settle it; it goes to no meeting'],
  withinNo: ['否：提交常务会议研究', 'No: it goes to the executive meeting'],
  needAuthorityAnswer: ['分管副区长签字须先回答是否属于本人职权范围。', 'Answer whether it is within your authority first.'],
  status: ['状态', 'Status'],
  category: ['类别', 'Category'],
  updated: ['更新时间', 'Updated'],
  name: ['议题名称', 'Topic'],
  unit: ['单位', 'Unit'],
  topicsOfUnit: ['本单位的议题', "Your unit's topics"],
  save: ['保存草稿', 'Save draft'],
  saved: ['草稿已保存。', 'Draft saved.'],
  check: ['检查填报内容', 'Check the form'],
  checkedOk: ['未发现问题，可以提交。', 'No problems found; the topic can be submitted.'],
  submit: ['提交审核', 'Submit'],
  submitted: ['议题已提交，进入审核。', 'Submitted: the review has started.'],
  withdraw: ['撤回议题', 'Withdraw'],
  withdrawn: ['议题已撤回。', 'Withdrawn.'],
  problems: ['以下问题需要改正', 'Please correct these problems'],
  problemCount: ['共 {n} 处问题', '{n} problems'],
  rule: ['规则', 'Rule'],
  formTitle: ['区政府常务会议议题填报表', 'Topic form of the district executive meeting'],
  annex: ['附1', 'Annex 1'],
  chain: ['审核链', 'Review chain'],
  history: ['办理记录', 'History'],
  noChain: ['尚未提交审核。', 'Not submitted yet.'],
  signedBy: ['签署人', 'Signed by'],
  waiting: ['待签署', 'Waiting'],
  readOnly: ['议题已提交，表单只读。', 'Submitted: the form is read-only.'],
  files: ['材料文件', 'Material files'],
  upload: ['上传', 'Upload'],
  uploaded: ['文件已上传。', 'File uploaded.'],
  fileKind: ['材料类别', 'Material'],
  chooseFile: ['选择文件', 'Choose a file'],
  saveFirst: ['请先保存草稿，再上传材料。', 'Save the draft before uploading.'],
  addConsultation: ['增加征求意见单位', 'Add a consulted unit'],
  remove: ['删除', 'Remove'],
  yes: ['是', 'Yes'],
  no: ['否', 'No'],
  none: ['（无）', '(none)'],
  choose: ['请选择', 'Choose'],
  chars: ['{n} / 2000 字', '{n} / 2000 characters'],
  notFound: ['没有这个记录，或您无权查看。', 'There is no such record, or you may not see it.'],
  forbidden: ['您无权查看此内容。', 'You may not see this.'],
  meetingList: ['会议列表', 'Meetings'],
  meetingNo: ['第{n}次区政府常务会议', 'Executive meeting no. {n}'],
  scheduled: ['时间', 'Time'],
  venue: ['地点', 'Venue'],
  console: ['会议当天', 'Meeting day'],
  agenda: ['议程', 'Agenda'],
  lawStudy: ['集体学法', 'Law study'],
  reporter: ['汇报人', 'Reporter'],
  limit: ['限时', 'Limit'],
  minutesShort: ['{n} 分钟', '{n} min'],
  roster: ['签到', 'Sign-in'],
  quorum: ['法定人数', 'Quorum'],
  quorate: ['已达到法定人数，可以开会', 'Quorate: the meeting may sit'],
  notQuorate: ['未达到法定人数', 'No quorum'],
  membersPresent: ['组成人员出席', 'members present'],
  presentAll: ['在场', 'present'],
  signIn: ['签到', 'Sign in'],
  depart: ['离场', 'Left'],
  late: ['迟到', 'late'],
  onLeave: ['请假', 'on leave'],
  left: ['已离场', 'left'],
  expected: ['未到', 'not here'],
  signedIn: ['已签到', 'signed in'],
  delegateFor: ['代{name}', 'for {name}'],
  leaveRequests: ['请假申请', 'Leave requests'],
  openMeeting: ['宣布开会', 'Open the meeting'],
  closeMeeting: ['宣布散会', 'Close the meeting'],
  deliberation: ['审议', 'Deliberation'],
  report: ['汇报', 'Report'],
  startReport: ['开始汇报', 'Start the report'],
  stopReport: ['汇报结束', 'End the report'],
  overrun: ['超时', 'over time'],
  reported: ['已汇报', 'Reported'],
  positions: ['表态', 'Positions'],
  awaiting: ['尚未表态', 'Still silent'],
  noObjection: ['无意见', 'No objection'],
  opinion: ['有意见', 'Opinion'],
  opinionText: ['意见内容', 'The opinion'],
  decision: ['会议决定', 'Decision'],
  decide: ['作出决定', 'Decide'],
  outcome: ['决定', 'Outcome'],
  revisions: ['修改意见', 'Revisions'],
  requirements: ['工作要求', 'Requirements'],
  what: ['事项', 'What'],
  units: ['责任单位', 'Units'],
  dueDate: ['完成时限', 'Due'],
  addRequirement: ['增加要求', 'Add a requirement'],
  decided: ['已决定', 'Decided'],
  noAccessRecord: ['会议记录仅供参会人员和常务秘书室查看（K3）。', 'The record is for the participants and the secretariat (K3).'],
  live: ['实时', 'live'],
  draftMinutes: ['起草会议纪要', 'Draft the minutes'],
  minutesOf: ['会议纪要', 'Minutes'],
  text: ['正文', 'Text'],
  saveText: ['保存修改', 'Save'],
  askOpinions: ['征求汇报部门意见', 'Ask the departments'],
  awaitingOpinions: ['待反馈意见的单位', 'Opinions awaited from'],
  legalReview: ['合法性审查', 'Legality review'],
  signMinutes: ['签发', 'Sign'],
  issue: ['印发', 'Issue'],
  scopeUnits: ['印发单位', 'Units in scope'],
  scopePeople: ['印发人员', 'People in scope'],
  pdf: ['纪要文本（PDF）', 'The minutes (PDF)'],
  steps: ['办理过程', 'Steps'],
  signedMinutes: ['已签发的纪要', 'Signed minutes'],
  documentNumber: ['文号', 'Number'],
  state: ['状态', 'State'],
  tasks: ['督办事项', 'Tasks'],
  timeliness: ['办理时效', 'Timeliness'],
  byUnit: ['按单位', 'By unit'],
  byMeeting: ['按会议', 'By meeting'],
  onTime: ['按期推进', 'On time'],
  dueSoon: ['即将到期', 'Due soon'],
  overdueCount: ['已逾期', 'Overdue'],
  doneCount: ['已办结', 'Done'],
  owner: ['牵头单位', 'Owner'],
  progress: ['进展', 'Progress'],
  reportProgress: ['报告进展', 'Report progress'],
  percent: ['完成比例', 'Percent'],
  chart: ['图表', 'Chart'],
  error: ['出错了', 'Something went wrong'],
  retry: ['重试', 'Retry'],
  busy: ['处理中…', 'Working…'],
  meetingStatus: ['会议状态', 'Meeting state'],
  noMinutes: ['尚无纪要。会议结束后由常务秘书室起草。', 'No minutes yet; the secretariat drafts them after the meeting.'],
  minutesExist: ['本次会议已有纪要。', 'This meeting has its minutes.'],
  openMinutes: ['查看纪要', 'Open the minutes'],
  fromInbox: ['来自待办', 'From the inbox'],
  submitBefore: ['提交前请改正', 'Correct before submitting'],
  supervisor: ['分管副区长（党组成员）', 'Supervising vice-mayor'],
  supervisorReason: ['更换分管领导的理由', 'Why another supervisor'],
  meetingAsked: ['拟提请会议', 'Meeting asked for'],
  anyMeeting: ['由办公室安排', 'As the Office arranges'],
  positionsOf: ['{n} 人尚未表态', '{n} still silent'],
  allStated: ['全体已表态', 'Everyone has stated a position'],
  chairOnly: ['由会议召集人作出决定（D3）。', 'The chair decides (D3).'],
  requestedBy: ['申请人', 'Applicant'],
  delegate: ['委派', 'Delegate'],
  approved: ['已批准', 'approved'],
  pending: ['待审批', 'pending'],
  refusedState: ['未批准', 'refused'],
  timer: ['计时', 'Timer'],
  elapsed: ['已用时', 'Elapsed'],
};

export function t(key, vars) {
  const pair = T[key];
  let s = pair ? pair[lang() === 'en' ? 1 : 0] : key;
  if (vars) {
    for (const [k, v] of Object.entries(vars)) {
      s = s.replace('{' + k + '}', v);
    }
  }
  return s;
}

function parts(date, options) {
  const out = {};
  for (const p of new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hourCycle: 'h23', ...options }).formatToParts(date)) {
    out[p.type] = p.value;
  }
  return out;
}

/** 2026年12月1日 09:00 (1 Dec 2026 09:00), in the district's zone. */
export function fmtTime(iso) {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  const p = parts(d, { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  if (lang() === 'en') {
    const month = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, month: 'short' }).format(d);
    return `${Number(p.day)} ${month} ${p.year} ${p.hour}:${p.minute}`;
  }
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日 ${p.hour}:${p.minute}`;
}

/** 2026年12月1日 for a date (2026-12-01) or an instant, in the district's zone. */
export function fmtDate(value) {
  if (!value) {
    return '';
  }
  let y, m, d;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    [y, m, d] = value.split('-').map(Number);
  } else {
    const p = parts(new Date(value), { year: 'numeric', month: 'numeric', day: 'numeric' });
    [y, m, d] = [Number(p.year), Number(p.month), Number(p.day)];
  }
  if (lang() === 'en') {
    const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
    return `${d} ${month} ${y}`;
  }
  return `${y}年${m}月${d}日`;
}

/**
 * A time the district's clock reads ("2026-12-01T09:00", as a datetime-local input gives it) as an
 * ISO instant: the zone's offset at that moment, found by reading the guess back in the zone.
 */
export function fromDistrictClock(local) {
  const [date, time] = local.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wanted = Date.UTC(y, mo - 1, d, h, mi);
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const p = parts(new Date(guess), { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
    const shown = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
    guess += wanted - shown;
  }
  return new Date(guess).toISOString();
}

/** Today in the district's zone, as 2026-12-01. */
export function today() {
  const p = parts(new Date(), { year: 'numeric', month: '2-digit', day: '2-digit' });
  return `${p.year}-${p.month}-${p.day}`;
}

/** A text given in place, in both languages: for labels used once. */
export function L(zh, en) {
  return lang() === 'en' ? en : zh;
}
