// The Graph Toolkit as an application bundles it: ProxyProvider pointed at the service (the
// `service` query parameter), with the bearer token of `graph-photos token --user` (`token`).
import { Providers } from '@microsoft/mgt-element';
import { ProxyProvider } from '@microsoft/mgt-proxy-provider';
import { registerMgtPersonComponent } from '@microsoft/mgt-components/dist/es6/components/mgt-person/mgt-person';

const params = new URLSearchParams(window.location.search);
Providers.globalProvider = new ProxyProvider(params.get('service'), async () => ({
  Authorization: `Bearer ${params.get('token')}`,
}));
registerMgtPersonComponent();
