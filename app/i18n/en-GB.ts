import { auditEn } from '../features/audit/messages';
import { attEn } from '../features/attendance/messages';
import { myAttEn } from '../features/attendance/page-messages';
import { clockEn } from '../features/clock/messages';
import { dayStatusEn } from '../features/day-status/messages';
import { movementsEn } from '../features/movements/messages';
import { tasksEn } from '../features/tasks/messages';
import { taskReviewEn } from '../features/task-review/messages';
import { approvalsEn } from '../features/approvals/messages';
import { teamEn } from '../features/team/messages';
import { accountEn } from '../features/auth/messages';
import { issuesEn } from '../features/issues/messages';
import { notificationsEn } from '../features/notifications/messages';
import { teamCardsEn } from '../features/team/cards-messages';
import { reviewReportEn } from '../features/review-report/messages';
import { homeTodayEn } from '../features/home/messages';
import { shellEn } from '../layout/shell-messages';
import type { Messages } from './ms-MY';

export const enGB: Messages = {
  app: { name: 'SPOT-Me', tagline: 'Officer Duty Monitoring System', official: 'Official website of the Malaysian Government', skip: 'Skip to main content',
    updateReady: 'A new version of SPOT-Me is available.', reload: 'Reload' },
  lang: { label: 'Language', ms: 'BM', en: 'EN', msName: 'Bahasa Melayu', enName: 'English' },
  masthead: {
    howToKnow: 'Here\'s how you know', officialTitle: 'Official government websites end with .gov.my',
    officialBody: 'If the link does not end with .gov.my, leave the website and do not share any information.',
    secureTitle: 'Secure websites use HTTPS',
    secureBody: 'Look for a lock icon or https:// as an added precaution. If it is not there, do not share any sensitive information.',
  },
  nav: { groupMine: 'My work', groupTeam: 'Team', groupReports: 'Reports', groupAdmin: 'Administration', home: 'Home', clock: 'Clock in / out', myAttendance: 'My attendance', issues: 'Attendance issues', dayStatus: 'Attendance status', movements: 'Movements', tasks: 'Daily tasks', team: 'Team board', approvals: 'Approvals', users: 'Users', units: 'Units', organisation: 'Organisation settings', sites: 'Sites', audit: 'Audit log', agencies: 'Agencies', profile: 'Profile', logout: 'Log out', menu: 'Menu' },
  common: {
    loading: 'Loading…', save: 'Save', saving: 'Saving…', cancel: 'Cancel', close: 'Close', edit: 'Edit', delete: 'Delete', search: 'Search',
    confirm: 'Confirm', all: 'All', none: 'None', previous: 'Previous', next: 'Next', retry: 'Try again', create: 'Add', yes: 'Yes', no: 'No',
    pageOf: 'Page {{page}} of {{pages}} · {{total}} records', empty: 'No records.', error: 'Error: {{message}}', actions: 'Actions',
    copy: 'Copy', copied: 'Copied', pagination: 'Pagination', loadFailed: 'The information could not be loaded.',
  },
  roles: { PEGAWAI: 'Officer', PENYELIA: 'Supervisor', EKSEKUTIF: 'Executive', PENTADBIR_ORGANISASI: 'Organisation admin', PENTADBIR_SISTEM: 'Platform admin' },
  status: { ACTIVE: 'Active', INACTIVE: 'Inactive' },
  gender: { L: 'Male', P: 'Female' },
  login: {
    title: 'Log in', intro: 'Log in with your email or MyKad number.', login: 'Email or MyKad number', password: 'Password',
    submit: 'Log in', submitting: 'Logging in…', firstTime: 'First time? Use the temporary password from your organisation administrator.',
    expired: 'Your session has ended. Please log in again.',
  },
  password: {
    title: 'Change password', forcedIntro: 'You logged in with a temporary password. Please set a new password before you continue.',
    current: 'Current password', new: 'New password', confirm: 'Confirm new password', mismatch: 'The passwords do not match.',
    policy: 'At least 10 characters, not your login ID and not a commonly used password.', submit: 'Change password', done: 'Your password has been changed.',
  },
  home: {
    greeting: 'Welcome, {{name}}', today: 'Today', yourRoles: 'Your roles', whatYouCanDo: 'What you can do',
    profileCard: 'Profile and language', profileDesc: 'See your details, change language and password.',
    usersCard: 'User management', usersDesc: 'Add, edit and deactivate users; assign roles, units and supervisors.',
    unitsCard: 'Organisation structure', unitsDesc: 'Manage divisions and the units under them.',
    orgCard: 'Organisation settings', orgDesc: 'Review levels, grace minutes, geofence policy and more.',
    sitesCard: 'Sites and geofences', sitesDesc: 'Set the offices and work places (circle or polygon) used for attendance.',
    auditCard: 'Audit log', auditDesc: 'Who did what, when and from where.',
    agenciesCard: 'Agencies', agenciesDesc: 'List agencies, onboard a new agency and its first administrator.',
    comingTitle: 'Not yet in this release',
    clockCard: 'Clock in / out', clockDesc: 'Record attendance with your location; see today\'s status and when you may leave.',
    myAttendanceCard: 'My attendance', myAttendanceDesc: 'Month calendar, each day\'s details, card colour and PDF/XLSX/CSV report.',
    issuesCard: 'Attendance issues', issuesDesc: 'Issues of closed days and the rule behind each; justify them to your supervisor.',
    dayStatusCard: 'Attendance status', dayStatusDesc: 'BDR, official duty outside, training, meeting or leave for today or later.',
    movementsCard: 'Movements', movementsDesc: 'Record leaving the office during hours and your return.',
    teamCard: 'Team board', teamDesc: 'Where the officers you supervise are now: in the office, BDR, on leave, out, gone home.',
    approvalsCard: 'Approvals', approvalsDesc: 'Approve or reject the statuses, movements and home locations of the officers you supervise.',
    tasksCard: 'Daily tasks', tasksDesc: 'Note your tasks and their progress, week by week.',
    soonReports: 'Dashboards, statistics and attendance reports for the organisation.',
    unit: 'Unit', supervisor: 'Supervisor', position: 'Position', organisation: 'Organisation',
  },
  users: {
    sites: 'Allowed sites', sitesTitle: 'Allowed sites: {{name}}', sitesIntro: 'Choose the sites this officer may punch at. With none chosen, every active site of the organisation is allowed.',
    sitesNone: 'The organisation has no sites yet.', sitesAll: 'None chosen: every active site is allowed.', sitesSome: '{{count}} sites chosen.', sitesSaved: 'Allowed sites for {{name}} saved.',
    missingPunch: 'Add missing punch', missingPunchTitle: 'Missing punch: {{name}}', missingPunchSave: 'Add punch',
    missingPunchIntro: 'Add a clock-in or clock-out the officer could not make. This is audited and the day is evaluated again.',
    missingPunchAt: 'Date and time', missingPunchKind: 'Kind', missingPunchReason: 'Reason', missingPunchReasonHint: 'At least 5 characters; kept with the punch.',
    missingPunchDone: 'Punch added. {{date}} is now: {{status}}.',
    missingPunchExisting: 'The punch already there: {{kind}} at {{time}} ({{source}}). No new punch was added.',
    title: 'Users', new: 'Add user', searchPlaceholder: 'Name, email or staff number', filterUnit: 'Unit', filterRole: 'Role', filterStatus: 'Status',
    fullName: 'Full name', nric: 'MyKad number', staffNo: 'Staff number', email: 'Email', phone: 'Phone', position: 'Position', grade: 'Grade',
    gender: 'Gender', unit: 'Unit', supervisor: 'Supervisor', dutyState: 'Duty state', roles: 'Roles', language: 'Language', status: 'Status',
    noUnit: 'No unit', noSupervisor: 'No supervisor', supervisorSearch: 'Search supervisor…', supervisorSearchHint: 'Type a name or staff number, then choose.', editTitle: 'Edit user', createTitle: 'Add user',
    created: '{{name}} has been added.', saved: 'Changes to {{name}} saved.',
    deactivated: '{{name}} has been deactivated.', activated: '{{name}} has been reactivated.',
    tempPasswordTitle: 'Temporary password', tempPasswordIntro: 'Give this password to {{name}}. It is shown only once and must be changed at first login.',
    deactivate: 'Deactivate', activate: 'Activate', resetPassword: 'Reset password',
    confirmDeactivate: 'Deactivate {{name}}? All of this user\'s sessions end at once.',
    confirmActivate: 'Reactivate {{name}}?', confirmReset: 'Issue a new temporary password for {{name}}? The current password stops working.',
    empty: 'No users match the search.', nricHint: '12 digits, e.g. 900101-14-5678', mustChange: 'Must change password',
  },
  units: {
    title: 'Organisation structure', new: 'Add unit', name: 'Unit name', code: 'Code', parent: 'Under', topLevel: '— Top level —',
    users_one: '{{count}} user', users_other: '{{count}} users', confirmDelete: 'Delete {{name}}?', notEmpty: '{{name}} cannot be deleted: it still has sub-units or users. Move them to another unit first.',
    saved: '{{name}} saved.', deleted: '{{name}} deleted.',
    empty: 'No units yet. Add the first division.', editTitle: 'Edit unit', createTitle: 'Add unit',
  },
  org: {
    title: 'Organisation settings', name: 'Organisation name', code: 'Code', state: 'Headquarters state', timeZone: 'Time zone', onboardedOn: 'Onboarded on',
    reviewLevels: 'Justification review levels', reviewOne: '1 level (supervisor)', reviewTwo: '2 levels (reviewer, then approver)',
    graceMinutes: 'Grace minutes', geofencePolicy: 'Punches outside the geofence', geofenceFlag: 'Accept and flag', geofenceBlock: 'Refuse',
    punchWithoutLocation: 'Punches without location', withoutAccept: 'Accept and flag', withoutRefuse: 'Refuse',
    accuracyLimit: 'Location accuracy limit (metres)',
    travelSpeedLimit: 'Travel speed limit (km/h)', travelSpeedLimitHint: 'A punch implying faster travel than this since the previous one is flagged as suspicious.',
    bdrHomeRadius: 'BDR home radius (metres)', bdrHomeRadiusHint: 'Punches this close to the registered home on a BDR day count as at home; farther is outside the area.',
    destinationRadius: 'Movement destination radius (metres)', destinationRadiusHint: 'Punches this close to an approved movement\'s destination count as being there.',
    reviewDeadline: 'Justification review deadline (days)',
    cardUpAt: 'Card moves up one level at (offence days a month)', cardUpAtHint: 'At least this many offence days in a month move the card up (Yellow → Green → Red).',
    cardDownAt: 'Card moves down one level at (offence days a month)', cardDownAtHint: 'This many offence days or fewer in a month move the card down one level; must be below the move-up value.',
    reminderClockInAt: 'Reminder when not checked in (time)', reminderClockOutDelay: 'Reminder when not checked out (minutes after the day\'s end)', digestAt: 'Supervisors\' daily digest (time)',
    timeOffHint: 'Leave empty to send none.', delayOffHint: 'Leave empty to send none.', needApproval: 'Statuses needing supervisor approval', saved: 'Settings saved.',
    settings: 'Attendance settings', other: 'Other settings (read only)', otherHint: 'These settings cannot be changed here yet.',
  },
  dayStatus: { BDR: 'Work from home', TUGASAN_LUAR: 'Outside duty', KURSUS: 'Training', MESYUARAT: 'Meeting', CUTI: 'Leave', CUTI_SAKIT: 'Sick leave' },
  sites: {
    title: 'Sites and geofences', new: 'Add site', name: 'Site name', address: 'Address', type: 'Shape', circle: 'Circle (centre and radius)',
    polygon: 'Polygon (list of points)', lat: 'Latitude', lng: 'Longitude', radius: 'Radius (metres)', points: 'Polygon points',
    pointsHint: 'One point per line: latitude, longitude. At least 3 points.', pointsInvalid: 'Each line must be two numbers: latitude, longitude.',
    active: 'Active', inactive: 'Inactive', radiusOf: 'Radius {{radius}} m', pointsOf_one: '{{count}} point', pointsOf_other: '{{count}} points', confirmDelete: 'Delete site {{name}}?',
    empty: 'No sites yet. Add the organisation\'s offices and work places.', editTitle: 'Edit site', createTitle: 'Add site',
  },
  audit: auditEn,
  agencies: {
    title: 'Agencies', new: 'Onboard agency', name: 'Agency name', code: 'Agency code', state: 'Headquarters state', timeZone: 'Time zone', users: 'Users',
    onboardedOn: 'Onboarded on', admin: 'First organisation administrator', active: 'Active', deactivate: 'Deactivate', activate: 'Activate',
    confirmDeactivate: 'Deactivate {{name}}? All its users are logged out and cannot log in.', confirmActivate: 'Reactivate {{name}}?',
    created: 'Agency {{name}} onboarded. Give this temporary password to its administrator ({{email}}). It is shown only once.', empty: 'No agencies.',
    deactivated: '{{name}} has been deactivated.', activated: '{{name}} has been reactivated.', searchPlaceholder: 'Agency name or code', codeHint: 'Capital letters and digits, e.g. JDD',
  },
  profile: {
    title: 'My profile', details: 'Personal details', languageSaved: 'Language changed.',
    contact: 'Contact', contactSaved: 'Contact details saved.',
    emailPassword: 'Current password', emailPasswordHint: 'Needed to change your email.',
    emailPending: 'A confirmation link was sent to {{email}}. Your current email stays in use until the link is opened (valid 24 hours).',
    notifications: 'Notifications', notificationsHint: 'The in-app list always gets every notification. Choose which also come by phone notification and email.',
    notificationsSaved: 'Notification choices saved.', event: 'Event',
    channel: { push: 'Phone notification', email: 'Email' },
    events: { issues: 'New attendance issue', decisions: 'Decisions on my requests', reviews: 'Waiting for my review', cards: 'Card colour change', tasks: 'Tasks assigned and comments', reminders: 'Clock-in/out reminders', digest: 'Supervisor\'s daily digest' },
    home: 'Home location (BDR)', homeHint: 'Register from your phone while at home. Your supervisor must approve it before it is accepted on BDR days.',
    homeApproved: 'Approved location', homePending: 'Waiting for approval', homeAddress: 'Address (optional)', homeRegister: 'Register my current location as home',
    homeSent: 'Home location sent for your supervisor\'s approval.',
  },
  errors: {
    rangeOrder: 'The end date must be after the start date.',
    INVALID_CREDENTIALS: 'Incorrect user ID or password. After 5 failed attempts the account is locked for 15 minutes and its owner is emailed a link to unlock it.', ACCOUNT_LOCKED: 'Account locked for 15 minutes after too many failed attempts.',
    RATE_LIMITED: 'Too many attempts. Try again shortly.', ACCOUNT_INACTIVE: 'This account is inactive. Contact your organisation administrator.',
    NETWORK: 'Cannot reach the server. Check your internet connection.', UNKNOWN: 'Unexpected error. Please try again.', notFound: 'Page not found.', backHome: 'Back to the home page',
  },
  att: attEn,
  myAtt: myAttEn,
  clock: clockEn,
  statusPage: dayStatusEn,
  movements: movementsEn,
  tasks: tasksEn,
  taskReview: taskReviewEn,
  approvals: approvalsEn,
  team: teamEn,
  issues: issuesEn,
  notifications: notificationsEn,
  teamCards: teamCardsEn,
  reviewReport: reviewReportEn,
  account: accountEn,
  shell: shellEn,
  homeToday: homeTodayEn,
  footer: { rights: 'Copyright © {{year}} Government of Malaysia. SPOT-Me.', about: 'Attendance and duty monitoring for the public service.', api: 'API documentation' },
};
