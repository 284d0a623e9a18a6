namespace KubeSharp.Runtime;

/// <summary>A terminal's size in character cells, as remotecommand's resize messages carry it.</summary>
public readonly record struct TerminalSize(ushort Width, ushort Height);
