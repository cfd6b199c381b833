// The live check: the same schema and provenance rules as `npm run bundle:check`, run on the
// bundle the work would export now, with each problem tied to the figure it is about.
import { checkProvenance } from '../../authoring/provenance.ts';
import type { BundleProblem } from '../../data/problems.ts';
import { validateBundle, warningsBeside } from '../../data/validate-bundle.ts';
import { toBundle, type StudioWork } from './studio-model.ts';

export interface WorkProblem {
  /** The figure the problem is about, when it is about one. */
  figureId?: string;
  problem: BundleProblem;
}

export interface WorkCheck {
  problems: WorkProblem[];
  /** Numbers of the text that no kept figure quotes and no uncited entry lists. */
  unaccounted: BundleProblem[];
}

const INDICATOR_PATH = /^indicators\[(\d+)\]/;

/** Checks the work as it stands; never throws, never blocks editing. */
export function checkWork(work: StudioWork): WorkCheck {
  const kept = work.figures.filter((figure) => figure.kept);
  const figureOf = (path: string) => {
    const match = INDICATOR_PATH.exec(path);
    return match ? kept[Number(match[1])]?.id : undefined;
  };
  const bundle = toBundle(work);
  const validation = validateBundle(bundle);
  // Warnings too: English not written yet is listed per figure, like any other problem, and
  // still while another figure has an error.
  const schemaProblems = validation.ok
    ? validation.warnings
    : [...validation.problems, ...warningsBeside(bundle)];
  const provenance = checkProvenance({
    bundle: { indicators: kept, uncited: work.uncited },
    sourceText: work.text,
  });
  const problems: WorkProblem[] = [];
  const unaccounted: BundleProblem[] = [];
  for (const problem of [...schemaProblems, ...provenance]) {
    if (problem.path === '(source)') unaccounted.push(problem);
    else problems.push({ figureId: figureOf(problem.path), problem });
  }
  return { problems, unaccounted };
}
