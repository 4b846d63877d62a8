/** 生活便利帳: the organizations and hubs of an area, for print and CSV. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import { resourceDirectory } from './directory.service.js';
import { ResourceDirectory } from './directory.type.js';

@Resolver()
export class DirectoryResolver {
  @Query(() => ResourceDirectory, {
    description: '生活便利帳 of an area: its organizations (and town-wide ones serving it) and hubs; never a person',
  })
  resourceDirectory(@Arg('areaId', () => ID) areaId: string, @Ctx() ctx: Context): Promise<ResourceDirectory> {
    return resourceDirectory(ctx.graph, viewerIn(ctx), areaId);
  }
}
