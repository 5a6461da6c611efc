import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WelcomeApp } from '../../extension/welcome/welcome-app.tsx';

render(<WelcomeApp uiLang={browser.i18n.getUILanguage()} />, document.getElementById('app')!);
