import { signInPage } from './pages/sign-in.js';
import { teamPage } from './pages/team.js';
import { workloadPage } from './pages/workload.js';
import { rosterPage } from './pages/roster.js';
import { taskListsPage } from './pages/task-lists.js';
import { myDayPage } from './pages/my-day.js';
import { qaQueuePage, conversationPage } from './pages/qa.js';
import { complaintsPage } from './pages/complaints.js';
import { trainingPage } from './pages/training.js';
import { qaReportsPage } from './pages/qa-reports.js';
import { appraisalPage } from './pages/appraisal.js';
import { calibrationPage } from './pages/calibration.js';
import { myResultsPage } from './pages/my-results.js';

const management = ['team-leader', 'supervisor', 'manager', 'admin'];
const isManager = session => session.roles.some(role => management.includes(role));
const isAgent = session => session.roles.includes('agent');

// The first route is where an unknown address lands.
export const routes = [
  { path: 'sign-in', title: 'nav.signIn', nav: false, visible: () => true, render: signInPage },
  { path: 'team', title: 'nav.team', nav: true, visible: isManager, render: teamPage },
  { path: 'workload', title: 'nav.workload', nav: true, visible: isManager, render: workloadPage },
  { path: 'roster', title: 'nav.roster', nav: true, visible: isManager, render: rosterPage },
  { path: 'task-lists', title: 'nav.taskLists', nav: true, visible: isManager, render: taskListsPage },
  // An agent's own day is in its menu; leaders reach any agent's day from the task lists.
  { path: 'my-day', title: 'nav.myDay', nav: true, menu: session => Boolean(session.agentId), visible: session => Boolean(session.agentId) || isManager(session), render: myDayPage },
  { path: 'qa', title: 'nav.qa', nav: true, visible: isManager, render: qaQueuePage },
  { path: 'conversation', title: 'nav.qa', nav: false, visible: isManager, render: conversationPage },
  { path: 'qa-reports', title: 'nav.qaReports', nav: true, visible: isManager, render: qaReportsPage },
  { path: 'complaints', title: 'nav.complaints', nav: true, visible: isManager, render: complaintsPage },
  { path: 'training', title: 'nav.training', nav: true, visible: isManager, render: trainingPage },
  { path: 'appraisal', title: 'nav.appraisal', nav: true, visible: isManager, render: appraisalPage },
  { path: 'calibration', title: 'nav.calibration', nav: true, visible: isManager, render: calibrationPage },
  { path: 'my-results', title: 'nav.myResults', nav: true, visible: isAgent, render: myResultsPage },
];

/** Whether the page is in this person's menu: `visible` says who may open it, `menu` (if given) who sees it listed. */
export const inMenu = (route, session) => route.nav && route.visible(session) && (!route.menu || route.menu(session));

/** The first page of the menu a person may see: where signing in (or an address with no page) takes them. */
export const firstPageFor = session => routes.find(route => inMenu(route, session))?.path ?? 'sign-in';
