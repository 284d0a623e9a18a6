using System.Security.Cryptography;
using System.Text;
using KubeSharp.Api.Core.V1;
using KubeSharp.Api.Serialization;

namespace KubeSharp.Kubelet.Kuberuntime;

/// <summary>
/// A stable hash of the parts of a container spec that need a new container when they change (upstream's
/// HashContainer, which hashes name, image, command and so on, and leaves out mutable resources).
/// </summary>
public static class ContainerHash
{
    public static string Of(Container container)
    {
        var text = KubeJson.Serialize(new Container
        {
            Name = container.Name,
            Image = container.Image,
            Command = container.Command,
            Args = container.Args,
            WorkingDir = container.WorkingDir,
            Ports = container.Ports,
            EnvFrom = container.EnvFrom,
            Env = container.Env,
            VolumeMounts = container.VolumeMounts,
            Lifecycle = container.Lifecycle,
            SecurityContext = container.SecurityContext,
            Stdin = container.Stdin,
            StdinOnce = container.StdinOnce,
            TTY = container.TTY,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
    }
}
