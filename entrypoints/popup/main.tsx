import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../extension/popup/popup-app.tsx';

render(<PopupApp uiLang={browser.i18n.getUILanguage()} />, document.getElementById('app')!);
