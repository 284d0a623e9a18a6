namespace KubeSharp.Scheduler.Framework;

/// <summary>A node's score from one plugin or in total (upstream's framework.NodeScore).</summary>
public struct NodeScore
{
    public NodeScore(string name, long score)
    {
        Name = name;
        Score = score;
    }

    public string Name { get; set; }

    public long Score { get; set; }

    public override readonly string ToString() => $"{Name}={Score}";
}
