/* Bait for the "Content blockers" check on /check/: its name is on common filter lists. If it is
   blocked, or replaced by an empty stand-in, a blocker is likely active. It does nothing else. */
if (document.currentScript) document.currentScript.dataset.ran = 'yes';
