import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../extension/options/options-app.tsx';

render(<OptionsApp uiLang={browser.i18n.getUILanguage()} />, document.getElementById('app')!);
