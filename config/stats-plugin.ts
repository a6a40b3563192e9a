import { writeFileSync } from 'node:fs';
import type { Compiler } from 'webpack';

/**
 * `PERF_STATS=<file> taro build …` writes webpack's module and chunk list to <file>, so the
 * weight of each module in each package can be read (README, perf: "what weighs what").
 */
export class StatsFilePlugin {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.done.tap('StatsFilePlugin', (stats) => {
      const json = stats.toJson({
        all: false,
        chunks: true,
        chunkModules: true,
        modules: true,
        nestedModules: true,
        dependentModules: true,
        reasons: true,
        modulesSpace: Infinity,
        chunkModulesSpace: Infinity,
        nestedModulesSpace: Infinity,
      });
      writeFileSync(this.file, JSON.stringify(json));
    });
  }
}
