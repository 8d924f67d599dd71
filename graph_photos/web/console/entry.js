// The Graph Toolkit for the console, as an application bundles it: the source of mgt.js, which
// `make console-bundle` builds with esbuild from the versions package-lock.json pins (the
// service serves the built file: running the console needs no build step and no Node.js).
import { CacheService, Providers, ProviderState } from '@microsoft/mgt-element';
import { ProxyProvider } from '@microsoft/mgt-proxy-provider';
import { registerMgtPersonComponent } from '@microsoft/mgt-components/dist/es6/components/mgt-person/mgt-person';
import { registerMgtPeoplePickerComponent } from '@microsoft/mgt-components/dist/es6/components/mgt-people-picker/mgt-people-picker';

window.mgt = {
  CacheService,
  Providers,
  ProviderState,
  ProxyProvider,
  registerMgtPersonComponent,
  registerMgtPeoplePickerComponent,
};
