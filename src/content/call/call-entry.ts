// The call script's entry. vite.config.ts builds it as its own self-contained file, listed in no manifest;
// the worker injects it into a tab the first time the page shows what the feature works on (see
// on-demand-call-feature.ts). Injected twice, or after the page visit stopped, it does nothing.
import { findDock } from '../injected-part-dock';
import { CallFeature } from './call-feature';

findDock('call')?.register((session) => {
  const feature = new CallFeature(session);
  feature.start();
  return feature;
});
