import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CatalogPatterns, GetPersonRequest, type PersonPage } from '@onstream/common';
import { PeopleService } from './people.service.js';

@Controller()
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @MessagePattern(CatalogPatterns.GetPerson)
  get(@Payload() request: GetPersonRequest): Promise<PersonPage> {
    return this.people.get(request);
  }
}
