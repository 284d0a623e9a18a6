namespace KubeSharp.ApiServer.Admission;

/// <summary>The admission plugins in the order they run; empty admits everything.</summary>
public sealed class AdmissionChain
{
    private readonly List<IAdmissionPlugin> _plugins = [];

    public IReadOnlyList<IAdmissionPlugin> Plugins => _plugins;

    public void Add(IAdmissionPlugin plugin) => _plugins.Add(plugin);

    public async ValueTask AdmitAsync(AdmissionAttributes attributes, CancellationToken cancellationToken)
    {
        foreach (var plugin in _plugins)
        {
            await plugin.AdmitAsync(attributes, cancellationToken);
        }
    }
}
