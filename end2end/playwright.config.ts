  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],{  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],f  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],C  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],f  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],}  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],f  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],@  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],y  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],w  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],;  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],D  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],C  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],v  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],w  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],w  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],T  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],f  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],k  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],C  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],f  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],f  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],w  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],k  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],w  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],v  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],O  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],=  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],{  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],x  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],P  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],v  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],C  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],H  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],R  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],O  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],M  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],I  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],U  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],M  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],_  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],P  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],A  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],T  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],H  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],?  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],?  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],[  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],x  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],k  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],w  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],k  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],y  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],f  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],q  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],]  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],}  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],;  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],x  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],f  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],f  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],C  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],f  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],(  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],{  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],D  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],6  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],0  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],_  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],0  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],0  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],0  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],0  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],w  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],k  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],1  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],[  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],[  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],]  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],]  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],{  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],U  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],R  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],L  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],v  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],B  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],A  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],S  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],E  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],_  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],U  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],R  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],L  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],?  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],?  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],1  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],2  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],7  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],0  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],0  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],1  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],3  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],0  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],0  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],0  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],O  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],v  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],V  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],N  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],}  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],T  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],y  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],w  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],(  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],)  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],j  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],[  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],{  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],{  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],j  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],v  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],S  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],E  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],}  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],I  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],\  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],}  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],{  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],-  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],j  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],{  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],j  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],v  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],S  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],E  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],f  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],}  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],@  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],z  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],|  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],@  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],I  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],\  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],}  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],{  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],{  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],j  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],v  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],S  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],E  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],v  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],w  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],{  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],w  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],3  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],7  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],5  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],7  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],4  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],0  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],}  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],M  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],T  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],}  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],@  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],z  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],I  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],o  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],\  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],}  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],{  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],m  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],'  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],{  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],j  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],v  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],S  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],i  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],E  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],n  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],l  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],r  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],}  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],M  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],a  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],h  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],:  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],b  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],u  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],d  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],g  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],t  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],\  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],.  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],s  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],p  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],e  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],c  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],/  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],}  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],   // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],]  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],,  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],}  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],)  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],;  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],
  // The byte budget runs on its own against the release build (scripts/budget.sh sets BUDGET).
  projects: process.env.BUDGET ? [
    { name: 'budget', use: { javaScriptEnabled: true }, testMatch: /budget\.spec/ },
  ] : [
    { name: 'chromium', use: { javaScriptEnabled: true }, testIgnore: /budget\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@citizen|@editor/, testIgnore: /budget\.spec/ },
    { name: 'phone', use: { javaScriptEnabled: true, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true }, grep: /@citizen/, testIgnore: /budget\.spec/ },
  ],