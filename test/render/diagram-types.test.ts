/**
 * Every diagram type renders to the same bytes whatever rendered before it on
 * the page, and in a fresh browser. This guards state.ts: mermaid keeps some
 * counters at module level, which a warm page must reset before each render.
 */
import { describe, expect, it } from 'vitest';
import { type DiagramResult, openRenderer } from '../../generators/render/index.js';
import { browserPath, testBrowser } from './support.js';

const samples: Record<string, string> = {
  flowchart: 'flowchart LR\n A[Start] --> B{Ok?}\n B -->|yes| C[Deploy]\n B -->|no| D[Stop]\n',
  sequence: 'sequenceDiagram\n actor U as User\n U->>S: go\n S-->>U: ok\n',
  class: 'classDiagram\n class Animal\n Animal <|-- Duck\n Duck : +swim()\n',
  stateV2: 'stateDiagram-v2\n [*] --> Still\n Still --> Moving\n note right of Moving: fast\n Moving --> [*]\n',
  stateV1: 'stateDiagram\n [*] --> Still\n Still --> Moving\n Moving --> [*]\n',
  er: 'erDiagram\n CUSTOMER ||--o{ ORDER : places\n',
  gantt: 'gantt\n title A\n dateFormat YYYY-MM-DD\n section S\n t1 :a1, 2024-01-01, 3d\n t2 :after a1, 2d\n',
  journey: 'journey\n title Day\n section Work\n Code: 5: Me\n Review: 3: Me, You\n',
  timeline: 'timeline\n title History\n 2002 : LinkedIn\n 2004 : Facebook : Google\n',
  kanban: 'kanban\n todo[Todo]\n  t1[Write docs]\n done[Done]\n  t2[Ship]\n',
  mindmap: 'mindmap\n  root((docflow))\n    parse\n    render\n',
  gitGraph: 'gitGraph\n commit\n branch dev\n commit\n checkout main\n merge dev\n',
  pie: 'pie title Pets\n "Dogs" : 386\n "Cats" : 85\n',
  quadrant: 'quadrantChart\n title Reach\n x-axis Low --> High\n y-axis Low --> High\n A: [0.3, 0.6]\n',
  requirement: 'requirementDiagram\n requirement r1 {\n id: 1\n text: the test\n risk: high\n verifymethod: test\n }\n element e1 {\n type: simulation\n }\n e1 - satisfies -> r1\n',
  c4: 'C4Context\n title System\n Person(a, "User")\n System(b, "docflow")\n Rel(a, b, "uses")\n',
  sankey: 'sankey-beta\n A,B,10\n B,C,5\n',
  xychart: 'xychart-beta\n x-axis [a, b, c]\n bar [1, 2, 3]\n',
  packet: 'packet-beta\n 0-15: "Source Port"\n 16-31: "Dest Port"\n',
  block: 'block-beta\n columns 3\n a b c\n',
  architecture: 'architecture-beta\n group api(cloud)[API]\n service db(database)[Database] in api\n service srv(server)[Server] in api\n db:L -- R:srv\n',
};

function svgOf(result: DiagramResult | undefined): string {
  if (!result?.ok) throw new Error(`expected a rendered diagram, got ${JSON.stringify(result)}`);
  return result.svg;
}

describe.skipIf(!testBrowser)('every diagram type', () => {
  it('renders the same bytes in any order and in a fresh browser', async () => {
    const jobs = Object.entries(samples).map(([key, source]) => ({ key, source }));
    const reversed = [...jobs].reverse();
    const warm = await openRenderer({ executablePath: browserPath(), concurrency: 1 });
    let forward: string[];
    let backward: string[];
    try {
      forward = (await warm.render(jobs)).map(svgOf);
      backward = (await warm.render(reversed)).map(svgOf).reverse();
    } finally {
      await warm.close();
    }
    const fresh = await openRenderer({ executablePath: browserPath(), concurrency: 1 });
    let again: string[];
    try {
      again = (await fresh.render(reversed)).map(svgOf).reverse();
    } finally {
      await fresh.close();
    }
    const unstable = jobs.map((job) => job.key).filter((_, i) => forward[i] !== backward[i] || forward[i] !== again[i]);
    expect(unstable).toEqual([]);
  });
});
