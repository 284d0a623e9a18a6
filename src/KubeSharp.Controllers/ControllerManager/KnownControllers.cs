using KubeSharp.Api.Core.V1;
using KubeSharp.Controllers.Deployment;
using KubeSharp.Controllers.ReplicaSet;
using V1Deployment = KubeSharp.Api.Apps.V1.Deployment;
using V1ReplicaSet = KubeSharp.Api.Apps.V1.ReplicaSet;

namespace KubeSharp.Controllers.ControllerManager;

/// <summary>Every controller KubeSharp's manager can run (upstream's NewControllerDescriptors), in start order.</summary>
public static class KnownControllers
{
    public static IReadOnlyList<ControllerDescriptor> All { get; } =
    [
        new(ControllerNames.ReplicaSetController, ["replicaset"], context =>
        {
            var controller = new ReplicaSetController(
                context.Client,
                context.InformerFactory.InformerFor<V1ReplicaSet>(),
                context.InformerFactory.InformerFor<Pod>(),
                new RealPodControl(context.Client, context.EventRecorder(ControllerNames.ReplicaSetController)),
                context.Time,
                context.LoggerFactory);
            return token => controller.RunAsync(context.Options.ConcurrentSyncs, token);
        }),
        new(ControllerNames.DeploymentController, ["deployment"], context =>
        {
            var controller = new DeploymentController(
                context.Client,
                context.InformerFactory.InformerFor<V1Deployment>(),
                context.InformerFactory.InformerFor<V1ReplicaSet>(),
                context.InformerFactory.InformerFor<Pod>(),
                context.EventRecorder(ControllerNames.DeploymentController),
                context.Time,
                context.LoggerFactory);
            return token => controller.RunAsync(context.Options.ConcurrentSyncs, token);
        }),
    ];
}
