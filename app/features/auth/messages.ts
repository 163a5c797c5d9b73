/** Strings of the pages opened from account emails (unlock, email confirmation); wired in as the `account` key. */
export const accountMs = {
  unlockTitle: 'Buka kunci akaun',
  unlockIntro: 'Akaun anda dikunci selepas beberapa percubaan log masuk yang gagal. Tekan butang di bawah untuk membukanya sekarang.',
  unlockSubmit: 'Buka kunci akaun saya',
  unlockDone: 'Akaun anda telah dibuka. Anda boleh log masuk sekarang.',
  unlockAdvice: 'Jika percubaan itu bukan daripada anda, tukar kata laluan anda selepas log masuk.',
  confirmTitle: 'Sahkan e-mel baharu',
  confirmIntro: 'Tekan butang di bawah untuk menjadikan alamat ini e-mel akaun SPOT-Me anda.',
  confirmSubmit: 'Sahkan e-mel saya',
  confirmDone: 'E-mel akaun anda kini {{email}}. Gunakannya untuk log masuk.',
  noToken: 'Pautan ini tidak lengkap. Buka pautan penuh daripada e-mel anda.',
  toLogin: 'Ke halaman log masuk',
  toProfile: 'Ke profil saya',
  working: 'Sedang diproses…',
};
export type AccountMessages = { [K in keyof typeof accountMs]: string };

export const accountEn: AccountMessages = {
  unlockTitle: 'Unlock account',
  unlockIntro: 'Your account was locked after several failed login attempts. Press the button below to unlock it now.',
  unlockSubmit: 'Unlock my account',
  unlockDone: 'Your account is unlocked. You can log in now.',
  unlockAdvice: 'If the attempts were not yours, change your password after logging in.',
  confirmTitle: 'Confirm new email',
  confirmIntro: 'Press the button below to make this address the email of your SPOT-Me account.',
  confirmSubmit: 'Confirm my email',
  confirmDone: "Your account's email is now {{email}}. Use it to log in.",
  noToken: 'This link is incomplete. Open the full link from your email.',
  toLogin: 'Go to the login page',
  toProfile: 'Go to my profile',
  working: 'Working…',
};
