/** Strings of the bell, the notifications page and push on this device; wired in as the `notifications` key. */
export const notificationsMs = {
  bell: 'Pemberitahuan',
  bellUnread_one: 'Pemberitahuan: {{count}} belum dibaca',
  bellUnread_other: 'Pemberitahuan: {{count}} belum dibaca',
  title: 'Pemberitahuan',
  intro: 'Isu kehadiran baharu, keputusan semakan, perkara yang menunggu anda, perubahan warna kad dan peringatan.',
  empty: 'Tiada pemberitahuan.',
  markAll: 'Tandakan semua sudah dibaca',
  markRead: 'Tandakan sudah dibaca',
  unread: 'Belum dibaca',
  open: 'Buka',
  push: {
    title: 'Pemberitahuan telefon pada peranti ini',
    hint: 'Terima pemberitahuan pada telefon atau komputer ini walaupun SPOT-Me tidak dibuka.',
    enable: 'Hidupkan pada peranti ini',
    disable: 'Matikan pada peranti ini',
    on: 'Hidup pada peranti ini.',
    off: 'Belum dihidupkan pada peranti ini.',
    devices_one: '{{count}} peranti anda menerima pemberitahuan telefon.',
    devices_other: '{{count}} peranti anda menerima pemberitahuan telefon.',
    unsupported: 'Pelayar ini tidak menyokong pemberitahuan telefon. Pasang SPOT-Me sebagai aplikasi atau guna pelayar lain.',
    denied: 'Pemberitahuan disekat untuk laman ini. Benarkan dalam tetapan pelayar, kemudian cuba lagi.',
    failed: 'Peranti ini tidak dapat didaftarkan untuk pemberitahuan telefon: {{message}}',
  },
};
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type NotificationsMessages = Shape<typeof notificationsMs>;

export const notificationsEn: NotificationsMessages = {
  bell: 'Notifications',
  bellUnread_one: 'Notifications: {{count}} unread',
  bellUnread_other: 'Notifications: {{count}} unread',
  title: 'Notifications',
  intro: 'New attendance issues, review decisions, items waiting for you, card changes and reminders.',
  empty: 'No notifications.',
  markAll: 'Mark all as read',
  markRead: 'Mark as read',
  unread: 'Unread',
  open: 'Open',
  push: {
    title: 'Push notifications on this device',
    hint: 'Receive notifications on this phone or computer even when SPOT-Me is not open.',
    enable: 'Turn on for this device',
    disable: 'Turn off for this device',
    on: 'On for this device.',
    off: 'Not turned on for this device.',
    devices_one: '{{count}} of your devices receives push notifications.',
    devices_other: '{{count}} of your devices receive push notifications.',
    unsupported: 'This browser does not support push notifications. Install SPOT-Me as an app or use another browser.',
    denied: 'Notifications are blocked for this site. Allow them in the browser settings, then try again.',
    failed: 'This device could not be registered for push notifications: {{message}}',
  },
};
