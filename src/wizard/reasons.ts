/**
 * What each answer tells us, as one sentence for "why we think so" on a result page. Kept beside
 * the tree (./tree.ts) rather than in it so the browser loads these words only with a result; the
 * type below makes an answer missing here (or one no longer in the tree) a compile error, and a test requires a reason
 * for every answer that moves the ranking.
 */
import { site } from '../config/site';
import type { QUESTIONS } from './tree';

const app = site.product.name;

type Tree = typeof QUESTIONS;
/** `question=answer` for every answer in the tree. */
type AnswerKey = { [Q in keyof Tree]: `${Q & string}=${Tree[Q]['answers'][number]['id']}` }[keyof Tree];

/** Every answer, in tree order; '' for answers that tell nothing ("not sure", "none of these"). */
export const REASONS: Record<AnswerKey, string> = {
  'where=computer': 'It happens in a browser on a computer.',
  'where=phone': 'It happens in a browser on a phone or tablet.',
  'where=app': `It happens in the ${app} app, not in a browser.`,
  'where=tool': `It happens in a tool that uses your ${app} account, which keeps a sign-in of its own.`,
  'message=token-expired': 'The message names an expired or cancelled sign-in token.',
  'message=security-check': 'The message comes from the security check in front of the site.',
  'message=unusual-activity': 'The message comes from account protection.',
  'other-message=error': 'The message is an error, not a sign-out.',
  'other-message=limit': 'The message is about a usage limit.',
  'other-message=conversation': 'A conversation or your history did not load.',
  'other-message=file': 'A file or a data analysis session expired, not your sign-in.',
  'other-message=account': 'The message is about your account or country, not a session.',
  'when=away': 'It happens when you come back to a tab you left open.',
  'when=reopen': 'You are signed out each time the browser opens again, so your sign-in is not being kept.',
  'when=active': 'It happens while you are using it, so being idle is not the reason.',
  'when=network': 'It follows a change of network or VPN.',
  'when=other-device': 'It follows a sign-in elsewhere or a password change, which can end other sessions.',
  'when=hours': 'It comes after about the same time each time, even while you work.',
  'when=right-after': 'Even a fresh sign-in is rejected.',
  'away-what=slept': 'The device slept or changed network while you were away.',
  'away-what=stayed': 'The device stayed awake on one connection, so only the time away changed.',
  'private-window=yes': 'You use a private window, which forgets your sign-in when it closes.',
  'private-window=no': 'You use a normal window.',
  'clears-on-close=yes': 'Your browser or a cleaner app blocks or deletes site data.',
  'clears-on-close=no': 'Your browser keeps cookies.',
  'status=yes': 'The status page reports an incident or maintenance.',
  'status=no': 'The status page reports no problem.',
  'this-browser=everywhere': 'It happens in every browser and device, so it follows your account or the service, not one browser.',
  'this-browser=private': 'You use a private or incognito window, which forgets your sign-in when it closes.',
  'this-browser=network': 'Your connection changes: a VPN, Private Relay, or moving between wifi and mobile data.',
  'this-browser=blockers': 'This browser blocks trackers or has privacy or security extensions, which can drop what keeps you signed in.',
  'this-browser=old': 'This browser is out of date, and old versions can break sign-in.',
  'this-browser=cookies': 'This browser blocks or deletes cookies.',
  'this-browser=only-here': 'It happens only in this browser, and nothing obvious in it blocks or deletes anything.',
  'this-browser=none': 'This browser has no blockers, is up to date and keeps cookies.',
  'clock=wrong': 'Your device clock is off, which can make a valid sign-in look expired.',
  'clock=right': 'Your device clock is right.',
  'account-change=password': 'You changed your password or logged out of all devices, which ends sessions everywhere.',
  'account-change=shared': 'Someone else uses your account, or it is signed in on many devices, and any of them can end sessions.',
  'account-change=work': 'You sign in with a work or school account, whose sign-in provider can limit how long a login lasts.',
  'account-change=none': 'Nothing was done to the account: no password change, no one else using it, no work sign-in.',
  'account-change=not-sure': '',
  'work-account=yes': 'You sign in with a work or school account, whose sign-in provider can limit how long a login lasts.',
  'work-account=no': 'You use a personal account, so no organisation sets a time limit.',
  'app-when=reopen': 'The app signs you out after an update or when it opens again.',
  'app-when=other-device': 'It follows a sign-in elsewhere or a password change, which can end other sessions.',
  'app-when=network': 'It follows a change of network or VPN.',
  'tool-browser=works': `${app} still works in your browser, so only the tool’s own sign-in ended.`,
  'tool-browser=broken': `You are signed out of ${app} in the browser too.`,
  'message=session-expired': '',
  'message=not-session': '',
  'message=not-sure': '',
  'other-message=none': '',
  'when=not-sure': '',
  'away-what=not-sure': '',
  'private-window=not-sure': '',
  'clears-on-close=not-sure': '',
  'status=not-sure': '',
  'this-browser=not-sure': '',
  'clock=not-sure': '',
  'work-account=not-sure': '',
  'app-when=not-sure': '',
  'tool-browser=not-tried': '',
};

/** The reason an answer gives, or '' when it gives none. */
export const reasonOf = (step: string, answer: string): string => (REASONS as Record<string, string>)[`${step}=${answer}`] ?? '';
