namespace Suite.Standalone.DemoCentre;

internal sealed record DemoStore(string Code, string Name, string Platform);

internal sealed record DemoTeam(string Name, string Line, DemoStore[] Stores);

internal sealed record DemoAgent(string EmployeeNumber, string Name, DemoTeam Team, string Level, string[] Skills);

/// <summary>
/// The shape of the demo centre, decided up front from a seed so every run builds the same centre:
/// 12 stores on 5 platforms, 20 teams of a leader and 14 agents each serving two or three stores of a
/// platform on one line (pre-sales or after-sales), plus the supervisors and a manager above them.
/// </summary>
internal sealed class DemoCentrePlan
{
    public static readonly DemoStore[] Stores =
    [
        new("tmall-flagship", "天猫旗舰店", "Tmall"), new("tmall-outlet", "天猫奥莱店", "Tmall"), new("tmall-kids", "天猫童装店", "Tmall"),
        new("taobao-main", "淘宝企业店", "Taobao"), new("taobao-clearance", "淘宝清仓店", "Taobao"),
        new("jd-self-run", "京东自营旗舰店", "JD"), new("jd-home", "京东家居店", "JD"), new("jd-digital", "京东数码店", "JD"),
        new("pdd-main", "拼多多官方店", "Pinduoduo"), new("pdd-bulk", "拼多多工厂店", "Pinduoduo"),
        new("douyin-live", "抖音直播店", "Douyin"), new("douyin-shop", "抖音小店", "Douyin"),
    ];

    public static readonly string[] Lines = ["pre-sales", "after-sales"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];

    private static readonly string[] GivenNames =
        ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "婷", "欣", "悦", "晨", "雪", "琳", "浩", "佳"];

    public const int TeamsCount = 20;
    public const int AgentsPerTeam = 14;

    public DemoCentrePlan(int seed)
    {
        var random = new Random(seed);
        var platforms = Stores.GroupBy(store => store.Platform).ToArray();
        var teams = new List<DemoTeam>();
        for (var index = 0; index < TeamsCount; index++)
        {
            var platform = platforms[index % platforms.Length];
            var line = Lines[index / platforms.Length % Lines.Length];
            teams.Add(new DemoTeam($"{platform.Key} {line} {index / (platforms.Length * Lines.Length) + 1}", line, platform.ToArray()));
        }

        Teams = teams;
        var agents = new List<DemoAgent>();
        var names = new HashSet<string>();
        string NextName()
        {
            while (true)
            {
                var name = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];
                if (names.Add(name) || names.Count > 500)
                {
                    return name;
                }
            }
        }

        var number = 0;
        foreach (var team in teams)
        {
            var skills = new[] { team.Line }.Concat(team.Stores.Select(store => store.Platform.ToLowerInvariant()).Distinct()).ToArray();
            agents.Add(new DemoAgent($"CS-{++number:D4}", NextName(), team, "team-leader", skills));
            for (var member = 0; member < AgentsPerTeam; member++)
            {
                var level = random.NextDouble() < 0.15 ? "gold-medal-customer-service" : "customer-service";
                agents.Add(new DemoAgent($"CS-{++number:D4}", NextName(), team, level, skills));
            }
        }

        Agents = agents;
        var management = new DemoTeam("Centre management", "management", []);
        Management =
        [
            new("MG-0001", NextName(), management, "manager", ["pre-sales", "after-sales"]),
            .. Enumerable.Range(1, 4).Select(i => new DemoAgent($"SV-{i:D4}", NextName(), management, "supervisor", ["pre-sales", "after-sales"])),
        ];
    }

    public IReadOnlyList<DemoTeam> Teams { get; }

    public IReadOnlyList<DemoAgent> Agents { get; }

    public IReadOnlyList<DemoAgent> Management { get; }
}
